package dev.jobdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobdesk.account.Role;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.catalog.Seniority;
import dev.jobdesk.company.PublishRules;
import dev.jobdesk.posting.Action;
import dev.jobdesk.posting.EmploymentType;
import dev.jobdesk.posting.SalaryPeriod;
import dev.jobdesk.posting.Status;
import dev.jobdesk.posting.WorkplaceType;
import dev.jobdesk.review.Decision;
import dev.jobdesk.writing.Hint;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every constant a page shows has its words in labels.properties, and the file names nothing else. */
class LabelsTest {

    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(Status.class, Action.class,
            Decision.class, Section.class, Seniority.class, EmploymentType.class, WorkplaceType.class,
            SalaryPeriod.class, Role.class, PublishRules.SalaryRule.class, Hint.Kind.class, AdminAction.class);

    @Test
    void everyConstantHasALabel() {
        for (Class<? extends Enum<?>> type : LABELLED) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(((Labelled) constant).label()).as(constant.toString()).isNotBlank();
            }
        }
    }

    @Test
    void theFileNamesOnlyConstantsThatExist() throws IOException {
        Set<String> known = LABELLED.stream()
                .flatMap(type -> Arrays.stream(type.getEnumConstants()))
                .map(constant -> Labels.key(constant, Labels.LABEL))
                .collect(Collectors.toSet());
        for (String key : file().stringPropertyNames()) {
            assertThat(known).as(key).anyMatch(label -> key.equals(label) || key.startsWith(label + "."));
        }
    }

    @Test
    void readsTheLabelAndTheOtherWordsOfAConstant() {
        assertThat(Status.IN_REVIEW.label()).isEqualTo("In review");
        assertThat(Hint.Kind.YEARS.label()).isEqualTo("Years beyond the level");
        assertThat(Section.MUST_HAVE.label()).isEqualTo("Must-have skills");
        assertThat(Section.MUST_HAVE.publicHeading()).isEqualTo("What you bring");
        assertThat(Seniority.MID.levelName()).isEqualTo("mid");
        assertThat(Action.CHANGES_REQUESTED.pastParticiple()).isEqualTo("sent back for changes");
    }

    @Test
    void anAspectTheFileLacksIsNamedInTheFailure() {
        assertThatThrownBy(() -> Status.DRAFT.words("plural"))
                .hasMessage("labels.properties has no Status.DRAFT.plural");
    }

    private static Properties file() throws IOException {
        Properties file = new Properties();
        try (InputStream in = LabelsTest.class.getResourceAsStream("/labels.properties")) {
            file.load(in);
        }
        return file;
    }
}
