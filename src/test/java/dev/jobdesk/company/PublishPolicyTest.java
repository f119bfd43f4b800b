package dev.jobdesk.company;

import static dev.jobdesk.support.PostingSteps.approvedPosting;
import static dev.jobdesk.support.PostingSteps.completeDraft;
import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.save;
import static dev.jobdesk.support.PostingSteps.status;
import static dev.jobdesk.support.PostingSteps.step;
import static dev.jobdesk.support.PostingSteps.submit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Form;
import dev.jobdesk.support.ManagerAndLead;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The company's publish policy: each rule blocks submitting and publishing with its message, and
 * passes once the posting meets it. The policy is the company's one, so each test puts back the
 * shipped one when it ends.
 */
@QuarkusTest
class PublishPolicyTest extends ManagerAndLead {

    private static final List<String> EU = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
            "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "EUROPEAN_UNION", "EEA",
            "EUROPE");

    private WebClient admin;

    @BeforeEach
    void signInAsAdmin() {
        admin = WebClient.signedInAs("admin");
    }

    @AfterEach
    void restoreTheShippedPolicy() {
        policy(Form.of("salary", "COUNTRIES", "salaryPlaces", EU)).assertSeeOther();
    }

    @Test
    void byDefaultPayIsRequiredInTheEuAndNotElsewhere() {
        long lisbon = draftWithoutSalary("Unpaid Lisbon Engineer", "PT");
        assertThat(submit(manager, lisbon, "Lena Lead").assertStatus(409).text())
                .contains("a salary range (pay-transparency rules for Portugal)");
        assertThat(manager.get("/postings/" + lisbon).document().select(".checklist li.missing").eachText())
                .anyMatch(item -> item.endsWith("Add a salary range: pay-transparency rules for Portugal"));

        long austin = draftWithoutSalary("Unpaid Austin Engineer", "US");
        submit(manager, austin, "Lena Lead").assertSeeOther();
        assertThat(status(manager, austin)).isEqualTo("in-review");
    }

    @Test
    void eachRuleBlocksSubmittingWithItsReasonAndPassesOnceMet() {
        policy(Form.of("salary", "EVERYWHERE", "closingDate", "on", "maxWords", "40", "sections", "TOOL")).assertSeeOther();
        long id = draftWithoutSalary("Ruled Engineer", "US");
        Map<String, Object> form = editForm(manager, id);
        form.put("TOOL", List.of());
        save(manager, id, form).assertSeeOther();

        String refusal = submit(manager, id, "Lena Lead").assertStatus(409).text();
        assertThat(refusal).contains("a salary range (the company shows pay in every posting)",
                "a closing date (the company's rule for every posting)", "(the company's rule on length)",
                "a line under Tools and technology (the company's rule for every posting)");
        assertThat(manager.get("/postings/" + id).document().select(".checklist li.missing a").eachText())
                .contains("Add a salary range", "Add a closing date", "Add a line under Tools and technology")
                .anyMatch(fix -> fix.startsWith("Shorten it to 40 words (it has "));

        form = editForm(manager, id);
        form.putAll(Map.of("salaryMin", "70000", "salaryMax", "90000", "salaryCurrency", "USD", "salaryPeriod", "YEAR",
                "closingDate", LocalDate.now().plusDays(30).toString(), "TOOL", List.of("PostgreSQL")));
        save(manager, id, form).assertSeeOther();
        assertThat(submit(manager, id, "Lena Lead").assertStatus(409).document().select("#refusal").text())
                .contains("at most 40 words").doesNotContain("a salary range", "a closing date", "Tools and technology");

        policy(Form.of("salary", "EVERYWHERE", "closingDate", "on", "maxWords", "5000", "sections", "TOOL")).assertSeeOther();
        submit(manager, id, "Lena Lead").assertSeeOther();
        assertThat(status(manager, id)).isEqualTo("in-review");
    }

    @Test
    void aRuleAddedAfterApprovalBlocksPublishingUntilThePostingMeetsIt() {
        long id = approvedPosting(manager, lead, "Approved Before The Rule Engineer");
        policy(Form.of("salary", "COUNTRIES", "salaryPlaces", EU, "closingDate", "on")).assertSeeOther();

        assertThat(manager.get("/postings/" + id).text()).contains("The company's rules changed since this posting was submitted",
                "a closing date (the company's rule for every posting)");
        assertThat(step(manager, id, "publish").assertStatus(409).text())
                .contains("can't be published yet: it needs a closing date (the company's rule for every posting)");
        assertThat(status(manager, id)).isEqualTo("approved");

        restoreTheShippedPolicy();
        step(manager, id, "publish").assertSeeOther();
        assertThat(status(manager, id)).isEqualTo("published");
    }

    @Test
    void aPolicyThatCannotBeSavedSaysWhyAndKeepsWhatWasTyped() {
        Page refused = policy(Form.of("salary", "COUNTRIES", "maxWords", "many", "sections", "NOT_A_SECTION"))
                .assertStatus(400);
        assertThat(refused.text()).contains("Choose at least one place, or require a salary everywhere or nowhere.",
                "Enter a whole number of words", "Choose sections from the list.");
        assertThat(refused.fieldValue("maxWords")).isEqualTo("many");
        assertThat(policy(Form.of("salary", "SOMETIMES", "salaryPlaces", List.of("ATLANTIS"), "maxWords", "0"))
                .assertStatus(400).text()).contains("Choose one of the choices offered.", "Choose places from the list.",
                "Enter a number of words from 1 to 20000");
        assertThat(admin.get("/admin/settings").document().select("#salaryPlaces option[selected]").eachAttr("value"))
                .as("nothing was saved").containsExactlyInAnyOrderElementsOf(EU);
    }

    private Page policy(Map<String, Object> form) {
        admin.get("/admin/settings");
        return admin.post("/admin/settings/publish-policy", form);
    }

    private long draftWithoutSalary(String title, String country) {
        long id = completeDraft(manager, title);
        Map<String, Object> form = editForm(manager, id);
        form.putAll(Map.of("country", country, "salaryMin", "", "salaryMax", "", "salaryCurrency", "", "salaryPeriod", ""));
        save(manager, id, form).assertSeeOther();
        return id;
    }
}
