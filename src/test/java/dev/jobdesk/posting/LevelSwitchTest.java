package dev.jobdesk.posting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.account.UserAccount;
import dev.jobdesk.catalog.JobTemplate;
import dev.jobdesk.catalog.SampleTemplates;
import dev.jobdesk.catalog.Section;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Choosing another seniority rewrites every text the template words per level, and nothing of the manager's. */
class LevelSwitchTest {

    private final JobTemplate template = SampleTemplates.backend();
    private final PostingForm mid = PostingForm.of(Posting.cloneOf(template, new UserAccount(), Instant.EPOCH));

    @Test
    void movesEveryLevelDependentTextToTheNewLevel() {
        LevelSwitch senior = LevelSwitch.of(choose(mid, "SENIOR"), template);
        assertThat(senior.happened()).isTrue();
        PostingForm form = senior.form();
        assertThat(form.wordedFor()).isEqualTo("SENIOR");
        assertThat(form.experience()).isEqualTo("6+ years");
        assertThat(form.roleSummary()).isEqualTo("You will shape it.");
        assertThat(form.bullets().get(Section.LEVEL)).containsExactly("Set the architecture.");
        assertThat(form.bullets().get(Section.MUST_HAVE)).containsExactly("6+ years of Go.", "PostgreSQL fluency.");
        assertThat(form.kpis()).extracting(PostingForm.KpiRow::kpiTarget).containsExactly("under 200 ms", "8 a week");
        assertThat(senior.keptWordings()).isEmpty();

        PostingForm backToJunior = LevelSwitch.of(choose(form, "JUNIOR"), template).form();
        assertThat(backToJunior.bullets().get(Section.MUST_HAVE)).containsExactly("1+ year of Go.", "PostgreSQL fluency.");
        assertThat(backToJunior.experience()).isEqualTo("1-2 years");
    }

    @Test
    void keepsAndNamesTheManagersOwnWordingOfALevelDependentText() {
        PostingForm reworded = withBullets(mid, Section.MUST_HAVE, List.of("PostgreSQL fluency.", "Four years of Go or Rust."));
        reworded = withBullets(reworded, Section.LEVEL, List.of("Own a service end to end.", "Run the team's guild.", ""));
        LevelSwitch senior = LevelSwitch.of(choose(reworded, "SENIOR"), template);
        assertThat(senior.form().bullets().get(Section.MUST_HAVE))
                .containsExactly("PostgreSQL fluency.", "Four years of Go or Rust.");
        assertThat(senior.form().bullets().get(Section.LEVEL)).containsExactly("Set the architecture.", "Run the team's guild.");
        assertThat(senior.keptWordings()).extracting(LevelSwitch.KeptWording::where)
                .containsExactly("Responsibilities at this level", "Must-have skills");
        assertThat(senior.keptWordings().get(1).levelText()).isEqualTo("6+ years of Go.");
        assertThat(senior.keptWordings().get(0).levelText()).isEqualTo("one line you wrote for the mid level is still listed");
    }

    @Test
    void keepsARewordedSummaryExperienceAndTargetButNotOnesAlreadyAtTheNewLevel() {
        PostingForm typed = new PostingForm(mid.version(), mid.title(), mid.team(), mid.location(), mid.region(), mid.country(), mid.remoteAreas(), mid.workplaceType(),
                mid.employmentType(), "JUNIOR", mid.wordedFor(), "2-4 years", mid.salaryMin(), mid.salaryMax(),
                mid.salaryCurrency(), mid.salaryPeriod(), mid.closingDate(), mid.howToApply(), "You will build parts of it.",
                mid.reportsTo(), mid.reportingStructure(), mid.bullets(),
                List.of(new PostingForm.KpiRow("p95 API latency", "under 200 ms"), new PostingForm.KpiRow("Reviews", "3 a week")),
                mid.faqs(), mid.showFaq());
        LevelSwitch junior = LevelSwitch.of(typed, template);
        assertThat(junior.form().experience()).isEqualTo("2-4 years");
        assertThat(junior.form().roleSummary()).isEqualTo("You will build parts of it.");
        assertThat(junior.form().kpis()).extracting(PostingForm.KpiRow::kpiTarget).containsExactly("under 200 ms", "3 a week");
        assertThat(junior.keptWordings()).extracting(LevelSwitch.KeptWording::where)
                .containsExactly("Experience", "KPI target for “Reviews”");
    }

    @Test
    void changesNothingWhenTheLevelStaysOrIsNotALevel() {
        assertThat(LevelSwitch.of(mid, template).happened()).isFalse();
        assertThat(LevelSwitch.of(mid, template).form()).isEqualTo(mid);
        assertThat(LevelSwitch.of(choose(mid, "CHIEF"), template).form().wordedFor()).isEqualTo("MID");
        PostingForm blankExperience = LevelSwitch.of(new PostingForm(mid.version(), mid.title(), mid.team(), mid.location(),
                mid.region(), mid.country(), mid.remoteAreas(), mid.workplaceType(), mid.employmentType(), "SENIOR", "MID", " ", mid.salaryMin(), mid.salaryMax(),
                mid.salaryCurrency(), mid.salaryPeriod(), mid.closingDate(), mid.howToApply(), mid.roleSummary(),
                mid.reportsTo(), mid.reportingStructure(), mid.bullets(), mid.kpis(), mid.faqs(), mid.showFaq()), template).form();
        assertThat(blankExperience.experience()).isEqualTo("6+ years");
    }

    static PostingForm choose(PostingForm form, String seniority) {
        return new PostingForm(form.version(), form.title(), form.team(), form.location(), form.region(), form.country(), form.remoteAreas(), form.workplaceType(),
                form.employmentType(), seniority, form.wordedFor(), form.experience(), form.salaryMin(), form.salaryMax(),
                form.salaryCurrency(), form.salaryPeriod(), form.closingDate(), form.howToApply(), form.roleSummary(),
                form.reportsTo(), form.reportingStructure(), form.bullets(), form.kpis(), form.faqs(), form.showFaq());
    }

    private static PostingForm withBullets(PostingForm form, Section section, List<String> rows) {
        Map<Section, List<String>> bullets = new EnumMap<>(form.bullets());
        bullets.put(section, new ArrayList<>(rows));
        return new PostingForm(form.version(), form.title(), form.team(), form.location(), form.region(), form.country(), form.remoteAreas(), form.workplaceType(),
                form.employmentType(), form.seniority(), form.wordedFor(), form.experience(), form.salaryMin(), form.salaryMax(),
                form.salaryCurrency(), form.salaryPeriod(), form.closingDate(), form.howToApply(), form.roleSummary(),
                form.reportsTo(), form.reportingStructure(), bullets, form.kpis(), form.faqs(), form.showFaq());
    }
}
