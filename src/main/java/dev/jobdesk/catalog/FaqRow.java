package dev.jobdesk.catalog;

import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.Size;

/** One question and answer of an editor's form, as typed. */
@TemplateData
public record FaqRow(@Size(max = Faq.MAX_QUESTION) String faqQuestion,
                     @Size(max = Faq.MAX_ANSWER) String faqAnswer) implements TwoFields {
    @Override
    public String first() {
        return faqQuestion;
    }

    @Override
    public String second() {
        return faqAnswer;
    }
}
