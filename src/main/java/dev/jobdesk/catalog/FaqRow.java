package dev.jobdesk.catalog;

import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.FormRows;
import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.Size;
import java.util.List;

/** One question and answer of an editor's form, as typed. */
@TemplateData
public record FaqRow(@Size(max = Faq.MAX_QUESTION) String faqQuestion,
                     @Size(max = Faq.MAX_ANSWER) String faqAnswer) implements TwoFields {

    /** How the editors lay the questions out. */
    public static final FormRows.PairColumns COLUMNS = new FormRows.PairColumns("faq-row", "faqQuestion", "Question",
            Faq.MAX_QUESTION, "faqAnswer", "Answer", Faq.MAX_ANSWER, 2);

    @Override
    public String first() {
        return faqQuestion;
    }

    @Override
    public String second() {
        return faqAnswer;
    }

    /** {@code faqs} as an editor's rows, the list named FAQ, with their errors; the form posts to {@code action}. */
    public static List<FormRows.Pair> rows(List<FaqRow> faqs, String action, FieldErrors errors) {
        return FormRows.pairs("FAQ", faqs, FaqRow::faqQuestion, FaqRow::faqAnswer, COLUMNS, "question", action, errors);
    }

    /** What is wrong with the questions of a form: each needs its answer, and there are only so many. */
    public static void check(List<FaqRow> faqs, FieldErrors errors) {
        for (int i = 0; i < faqs.size(); i++) {
            FaqRow faq = faqs.get(i);
            if (faq.faqQuestion().isBlank() && !faq.faqAnswer().isBlank()) {
                errors.add("faqQuestion." + i, "Say what the question is.");
            } else if (!faq.faqQuestion().isBlank() && faq.faqAnswer().isBlank()) {
                errors.add("faqAnswer." + i, "Answer the question, or remove it.");
            }
        }
        if (faqs.stream().filter(faq -> !faq.isBlank()).count() > ListEdits.MAX_QUESTIONS) {
            errors.add("FAQ", "Keep to " + ListEdits.MAX_QUESTIONS + " questions at most.");
        }
    }
}
