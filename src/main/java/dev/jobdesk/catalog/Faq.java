package dev.jobdesk.catalog;

import io.quarkus.qute.TemplateData;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A question candidates ask about a role, with its answer: in a template, and in a posting made from it. */
@TemplateData(namespace = TemplateData.SIMPLENAME)
@Embeddable
public class Faq {

    public static final int MAX_QUESTION = 300;
    public static final int MAX_ANSWER = 2000;

    @Column(nullable = false, length = MAX_QUESTION)
    public String question;

    @Column(nullable = false, length = MAX_ANSWER)
    public String answer;

    protected Faq() {
    }

    public Faq(String question, String answer) {
        this.question = question;
        this.answer = answer;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Faq faq && question.equals(faq.question) && answer.equals(faq.answer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(question, answer);
    }
}
