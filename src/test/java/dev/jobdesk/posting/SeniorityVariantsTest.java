package dev.jobdesk.posting;

import static dev.jobdesk.support.PostingSteps.cloneDraft;
import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.save;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.catalog.Seniority;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A posting retargeted to a level says one thing about experience: every years figure anywhere in
 * it lies within that level's range, and the summary and targets are that level's.
 */
@QuarkusTest
class SeniorityVariantsTest {

    /** "3+ years", "1-2 years", "1+ year", "6 years": the least number of years a figure asks for. */
    private static final Pattern YEARS = Pattern.compile("(\\d+)\\s*(?:\\+|[-–]\\s*(\\d+))?\\s*years?\\b");

    @ParameterizedTest
    @EnumSource(Seniority.class)
    void noYearsFigureContradictsTheLevelsRange(Seniority level) {
        WebClient manager = WebClient.signedInAs("manager");
        long id = cloneDraft(manager);
        Map<String, Object> form = editForm(manager, id);
        form.put("seniority", level.name());
        save(manager, id, form).assertSeeOther();

        int[] range = range(editForm(manager, id).get("experience").toString());
        String text = manager.get("/postings/" + id).assertStatus(200).text();
        List<String> figures = new ArrayList<>();
        Matcher years = YEARS.matcher(text);
        while (years.find()) {
            figures.add(years.group());
            int least = Integer.parseInt(years.group(1));
            assertThat(least).as("“%s” at the %s level (%d-%d years)", years.group(), level.levelName(), range[0], range[1])
                    .isBetween(range[0], range[1]);
        }
        assertThat(figures).as("years figures on the %s posting", level.levelName()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(text).contains("At the " + level.levelName() + " level");
    }

    @Test
    void aRewordedLevelDependentLineSurvivesALevelChange() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = cloneDraft(manager);
        Map<String, Object> form = editForm(manager, id);
        @SuppressWarnings("unchecked")
        List<String> mustHave = new ArrayList<>((List<String>) form.get("MUST_HAVE"));
        mustHave.set(0, "Four years or more building backend services in Go or Rust.");
        form.put("MUST_HAVE", mustHave);
        form.put("seniority", "SENIOR");
        String saved = save(manager, id, form).assertSeeOther();

        Page posting = manager.get(saved).assertStatus(200);
        assertThat(posting.text()).contains("Four years or more building backend services in Go or Rust.",
                "Your own wording was kept where the template words it differently at this level: Must-have skills.",
                "You will shape our server side", "8 a week, including other teams' changes");
    }

    /** "1-2 years" → [1, 2]; "6+ years" → [6, 99]. */
    private static int[] range(String experience) {
        Matcher figure = YEARS.matcher(experience);
        assertThat(figure.find()).as(experience).isTrue();
        int least = Integer.parseInt(figure.group(1));
        return new int[] {least, figure.group(2) != null ? Integer.parseInt(figure.group(2)) : 99};
    }
}
