package dev.jobdesk.posting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.account.UserAccount;
import dev.jobdesk.catalog.Faq;
import dev.jobdesk.catalog.FaqRow;
import dev.jobdesk.catalog.Kpi;
import dev.jobdesk.catalog.SampleTemplates;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.support.FormBinding;
import dev.jobdesk.web.FieldErrors;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The edit form's rules on what was typed, without a running app. */
class PostingFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final List<String> TEAMS = List.of("Payments", "Platform");

    @Test
    void aClonedPostingsFormIsValidAndSavesBackTheSameContent() {
        Posting posting = Posting.cloneOf(SampleTemplates.backend(), new UserAccount(), Instant.EPOCH);
        PostingForm form = PostingForm.of(posting);
        assertThat(form.validate(FormBinding.validator(), TODAY, TEAMS).isEmpty()).isTrue();
        assertThat(form.toContent()).isEqualTo(posting.content());
    }

    @Test
    void keepsWhatWasTypedRowByRowAndDropsBlankRowsOnlyWhenSaving() {
        PostingForm form = form(params(p -> {
            p.addAll(Section.TOOL.name(), "Docker", " ", "Kafka");
            p.addAll("kpiMetric", "Uptime", "");
            p.addAll("kpiTarget", "99.9%", "");
            return p;
        }));
        assertThat(form.bullets().get(Section.TOOL)).containsExactly("Docker", "", "Kafka");
        assertThat(form.toContent().bullets().get(Section.TOOL)).containsExactly("Docker", "Kafka");
        assertThat(form.toContent().kpis()).extracting(kpi -> kpi.metric).containsExactly("Uptime");
        assertThat(form.rows(Section.TOOL)).containsExactly("Docker", "", "Kafka", "");
        assertThat(form.kpiRows()).hasSize(2);
    }

    @Test
    void namesEachFieldThatIsWrong() {
        FieldErrors errors = form(params(p -> {
            p.putSingle("title", " ");
            p.putSingle("workplaceType", "MOON");
            p.putSingle("salaryMin", "90000");
            p.putSingle("salaryMax", "80,000");
            p.putSingle("salaryCurrency", "XXX");
            p.putSingle("closingDate", "31/03/2027");
            p.putSingle("howToApply", "http://example.com/jobs");
            p.addAll("kpiMetric", "");
            p.addAll("kpiTarget", "99%");
            return p;
        })).validate(FormBinding.validator(), TODAY, TEAMS);
        assertThat(errors.get("title")).isNotBlank();
        assertThat(errors.get("workplaceType")).isEqualTo("Choose one of the options.");
        assertThat(errors.get("salaryMax")).startsWith("Use a whole number");
        assertThat(errors.get("salaryCurrency")).isEqualTo("Choose the currency of the salary.");
        assertThat(errors.get("closingDate")).isEqualTo("Use a date like 2027-03-31.");
        assertThat(errors.get("howToApply")).startsWith("Give a web address starting with https://");
        assertThat(errors.get("kpiMetric.0")).isEqualTo("Say what is measured for this target.");
        assertThat(errors.has("salaryMin")).isFalse();
    }

    @Test
    void wantsASalaryRangeWholeAndInOrder() {
        assertThat(errorFor("salaryMax", p -> salary(p, "90000", "80000"))).isEqualTo("The maximum must be at least the minimum.");
        assertThat(errorFor("salaryMax", p -> salary(p, "90000", ""))).isEqualTo("Give both ends of the range, or neither.");
        assertThat(errorFor("salaryMin", p -> salary(p, "", "90000"))).isEqualTo("Give both ends of the range, or neither.");
        assertThat(errorFor("salaryMin", p -> salary(p, "1234567890", "1234567891"))).startsWith("Use a whole number");
        assertThat(errorFor("salaryMax", p -> salary(p, "80000", "80000"))).isNull();
        assertThat(errorFor("salaryPeriod", p -> {
            salary(p, "1", "2");
            p.putSingle("salaryPeriod", "WEEK");
            return p;
        })).isEqualTo("Choose one of the options.");
    }

    @Test
    void wantsAClosingDateFromTodayToTwoYearsAhead() {
        assertThat(errorFor("closingDate", p -> closing(p, "2026-11-29"))).startsWith("The closing date has passed");
        assertThat(errorFor("closingDate", p -> closing(p, "2026-11-30"))).isNull();
        assertThat(errorFor("closingDate", p -> closing(p, "2028-11-30"))).isNull();
        assertThat(errorFor("closingDate", p -> closing(p, "2028-12-01"))).startsWith("Choose a closing date within two years");
        assertThat(errorFor("closingDate", p -> closing(p, "2027-02-30"))).isEqualTo("Use a date like 2027-03-31.");
    }

    @Test
    void acceptsAnHttpsAddressOrAnEmailToApplyTo() {
        assertThat(errorFor("howToApply", p -> apply(p, "https://example.com/jobs/1"))).isNull();
        assertThat(errorFor("howToApply", p -> apply(p, "jobs@example.com"))).isNull();
        assertThat(errorFor("howToApply", p -> apply(p, "call us"))).isNotNull();
        assertThat(errorFor("howToApply", p -> apply(p, "https://example.com/" + "x".repeat(600)))).isNotNull();
    }

    @Test
    void limitsTheLengthOfEveryLineAndTheNumberOfRows() {
        FieldErrors errors = form(params(p -> {
            p.addAll(Section.MUST_HAVE.name(), "ok", "x".repeat(1001));
            for (int i = 0; i <= PostingForm.MAX_ROWS; i++) {
                p.add(Section.TOOL.name(), "tool " + i);
            }
            for (int i = 0; i <= PostingForm.MAX_KPIS; i++) {
                p.add("kpiMetric", "metric " + i);
                p.add("kpiTarget", "");
            }
            return p;
        })).validate(FormBinding.validator(), TODAY, TEAMS);
        assertThat(errors.has("MUST_HAVE.0")).isFalse();
        assertThat(errors.has("MUST_HAVE.1")).isTrue();
        assertThat(errors.get("TOOL")).isEqualTo("Keep this list to 30 lines at most.");
        assertThat(errors.get("KPI")).isEqualTo("Keep to 20 KPIs at most.");
    }

    @Test
    void theTeamIsOneFromTheAdminsList() {
        assertThat(errorFor("team", p -> typed(p, "team", "Payments"))).isNull();
        assertThat(errorFor("team", p -> typed(p, "team", ""))).as("chosen later; the checklist asks").isNull();
        assertThat(errorFor("team", p -> typed(p, "team", "payments"))).isEqualTo("Choose the team from the list.");
        assertThat(errorFor("team", p -> typed(p, "team", "t".repeat(500)))).isEqualTo("Choose the team from the list.");
    }

    @Test
    void limitsEveryTextFieldAndRequiresTheOnesAPostingCannotDoWithout() {
        Map<String, Integer> limits = Map.of("title", PostingContent.MAX_TITLE,
                "location", PostingContent.MAX_LOCATION, "experience", PostingContent.MAX_EXPERIENCE,
                "roleSummary", PostingContent.MAX_ROLE_SUMMARY, "reportsTo", PostingContent.MAX_REPORTS_TO,
                "reportingStructure", PostingContent.MAX_REPORTING_STRUCTURE);
        limits.forEach((field, max) -> {
            assertThat(errorFor(field, p -> typed(p, field, "x".repeat(max)))).as(field).isNull();
            assertThat(errorFor(field, p -> typed(p, field, "x".repeat(max + 1)))).as(field).isNotNull();
        });
        for (String required : List.of("title", "experience", "roleSummary")) {
            assertThat(errorFor(required, p -> typed(p, required, ""))).as(required).isNotNull();
        }
        for (String choice : List.of("employmentType", "seniority")) {
            assertThat(errorFor(choice, p -> typed(p, choice, "OTHER"))).as(choice).isEqualTo("Choose one of the options.");
        }
        assertThat(errorFor("kpiTarget.0", p -> {
            p.add("kpiMetric", "Uptime");
            return typed(p, "kpiTarget", "x".repeat(Kpi.MAX_TARGET_LENGTH + 1));
        })).isNotNull();
        assertThat(errorFor("kpiMetric.0", p -> {
            p.add("kpiTarget", "");
            return typed(p, "kpiMetric", "x".repeat(Kpi.MAX_METRIC_LENGTH + 1));
        })).isNotNull();
    }

    @Test
    void offersOneBlankRowToTypeIntoUnlessTheListIsFull() {
        PostingForm form = form(params(p -> {
            for (int i = 0; i < PostingForm.MAX_ROWS; i++) {
                p.add(Section.TOOL.name(), "tool " + i);
            }
            p.addAll(Section.NICE_TO_HAVE.name(), "Kafka", "");
            for (int i = 0; i < PostingForm.MAX_KPIS; i++) {
                p.add("kpiMetric", "metric " + i);
                p.add("kpiTarget", "");
            }
            return p;
        }));
        assertThat(form.rows(Section.TOOL)).hasSize(PostingForm.MAX_ROWS);
        assertThat(form.rows(Section.NICE_TO_HAVE)).containsExactly("Kafka", "");
        assertThat(form.rows(Section.MUST_HAVE)).containsExactly("");
        assertThat(form.kpiRows()).hasSize(PostingForm.MAX_KPIS);
        assertThat(form(params(p -> p)).kpiRows()).containsExactly(new PostingForm.KpiRow("", ""));
    }

    @Test
    void rowButtonsEditTheListTheyBelongTo() {
        PostingForm form = form(params(p -> {
            p.addAll(Section.TOOL.name(), "a", "b");
            p.addAll("kpiMetric", "m1", "m2");
            p.addAll("kpiTarget", "t1", "t2");
            return p;
        }));
        assertThat(form.withListEdit("up:TOOL:1").bullets().get(Section.TOOL)).containsExactly("b", "a");
        assertThat(form.withListEdit("remove:KPI:0").kpis()).extracting(PostingForm.KpiRow::kpiMetric).containsExactly("m2");
        assertThat(form.withListEdit("add:KPI").kpis()).hasSize(3);
        assertThat(form.withListEdit("up:TOOL:x").bullets().get(Section.TOOL)).containsExactly("a", "b");
        assertThat(form.withListEdit("up:NOWHERE:1")).isEqualTo(form);
        assertThat(form.withListEdit("up")).isEqualTo(form);
        assertThat(form.withListEdit(null)).isEqualTo(form);
    }

    @Test
    void questionsNeedTheirAnswersAndAreSavedWithTheChoiceToShowThem() {
        PostingForm form = form(params(p -> {
            p.addAll("faqQuestion", "Remote?", "", "Stack?", " ");
            p.addAll("faqAnswer", "Yes, in Europe.", "Only an answer", "", "");
            p.putSingle("showFaq", "on");
            return p;
        }));
        FieldErrors errors = form.validate(FormBinding.validator(), TODAY, TEAMS);
        assertThat(errors.has("faqQuestion.0")).isFalse();
        assertThat(errors.get("faqQuestion.1")).isEqualTo("Say what the question is.");
        assertThat(errors.get("faqAnswer.2")).isEqualTo("Answer the question, or remove it.");
        assertThat(errors.within("faqAnswer")).isTrue();
        assertThat(form.faqCount()).isEqualTo(3);
        assertThat(form.faqGist()).isEqualTo("Remote?");
        assertThat(form.faqRows()).hasSize(4);

        PostingForm fixed = form.withListEdit("remove:FAQ:2").withListEdit("remove:FAQ:1");
        assertThat(fixed.validate(FormBinding.validator(), TODAY, TEAMS).isEmpty()).isTrue();
        assertThat(fixed.toContent().faqs()).extracting(faq -> faq.question).containsExactly("Remote?");
        assertThat(fixed.toContent().showFaq()).isTrue();
        assertThat(fixed.toContent().publicFaqs()).hasSize(1);
        assertThat(fixed.faqRows()).extracting(FaqRow::faqQuestion).containsExactly("Remote?", "");
        assertThat(form(params(p -> p)).toContent().showFaq()).isFalse();
        assertThat(form(params(p -> p)).faqRows()).containsExactly(new FaqRow("", ""));
    }

    @Test
    void limitsTheQuestionsAndTheirLength() {
        FieldErrors errors = form(params(p -> {
            for (int i = 0; i <= PostingForm.MAX_FAQS; i++) {
                p.add("faqQuestion", "Question " + i + (i == 0 ? "x".repeat(Faq.MAX_QUESTION) : ""));
                p.add("faqAnswer", i == 1 ? "x".repeat(Faq.MAX_ANSWER + 1) : "An answer");
            }
            return p;
        })).validate(FormBinding.validator(), TODAY, TEAMS);
        assertThat(errors.get("FAQ")).isEqualTo("Keep to 10 questions at most.");
        assertThat(errors.has("faqQuestion.0")).isTrue();
        assertThat(errors.has("faqAnswer.1")).isTrue();
        assertThat(errors.has("faqQuestion.1")).isFalse();
    }

    @Test
    void aCollapsedSectionSaysHowManyLinesItHoldsAndHowItBegins() {
        PostingForm form = form(params(p -> {
            p.addAll(Section.TOOL.name(), " ", "Docker", "Kafka", "");
            p.addAll("kpiMetric", "", "Uptime");
            p.addAll("kpiTarget", "", "99.9%");
            return p;
        }));
        assertThat(form.count(Section.TOOL)).isEqualTo(2);
        assertThat(form.gist(Section.TOOL)).isEqualTo("Docker");
        assertThat(form.count(Section.MUST_HAVE)).isZero();
        assertThat(form.gist(Section.MUST_HAVE)).isEmpty();
        assertThat(form.kpiCount()).isEqualTo(1);
        assertThat(form.kpiGist()).isEqualTo("Uptime");
        assertThat(form(params(p -> p)).kpiGist()).isEmpty();
    }

    @Test
    void isSavedOverTheVersionItWasLoadedAt() {
        assertThat(form(params(p -> p)).withVersion(7).version()).isEqualTo("7");
    }

    private static String errorFor(String field, UnaryOperator<MultivaluedMap<String, String>> typed) {
        return form(params(typed)).validate(FormBinding.validator(), TODAY, TEAMS).get(field);
    }

    private static MultivaluedMap<String, String> typed(MultivaluedMap<String, String> p, String field, String value) {
        p.putSingle(field, value);
        return p;
    }

    private static MultivaluedMap<String, String> salary(MultivaluedMap<String, String> p, String min, String max) {
        p.putSingle("salaryMin", min);
        p.putSingle("salaryMax", max);
        return p;
    }

    private static MultivaluedMap<String, String> closing(MultivaluedMap<String, String> p, String date) {
        p.putSingle("closingDate", date);
        return p;
    }

    private static MultivaluedMap<String, String> apply(MultivaluedMap<String, String> p, String howToApply) {
        p.putSingle("howToApply", howToApply);
        return p;
    }

    private static PostingForm form(MultivaluedMap<String, String> params) {
        return PostingForm.from(FormBinding.bind(PostedForm.class, params));
    }

    /** A valid form as a browser posts it, changed by {@code typed}. */
    private static MultivaluedMap<String, String> params(UnaryOperator<MultivaluedMap<String, String>> typed) {
        MultivaluedMap<String, String> p = new MultivaluedHashMap<>();
        p.putSingle("version", "0");
        p.putSingle("title", "Backend Developer");
        p.putSingle("workplaceType", "REMOTE");
        p.putSingle("employmentType", "FULL_TIME");
        p.putSingle("seniority", "MID");
        p.putSingle("wordedFor", "MID");
        p.putSingle("experience", "3-5 years");
        p.putSingle("salaryCurrency", "EUR");
        p.putSingle("salaryPeriod", "YEAR");
        p.putSingle("roleSummary", "You will own the server side.");
        return typed.apply(p);
    }
}
