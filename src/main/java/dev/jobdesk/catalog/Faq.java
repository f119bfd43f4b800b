package dev.jobdesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A question hiring managers ask about a role, answered by the template. */
@Embeddable
public class Faq {

    @Column(nullable = false, length = 300)
    public String question;

    @Column(nullable = false, length = 2000)
    public String answer;

    protected Faq() {
    }

    public Faq(String question, String answer) {
        this.question = question;
        this.answer = answer;
    }
}
