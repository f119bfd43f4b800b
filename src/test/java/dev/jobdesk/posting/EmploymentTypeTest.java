package dev.jobdesk.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Structured data names every employment type with a value Google's JobPosting accepts. */
class EmploymentTypeTest {

    /** Google's list for JobPosting.employmentType. */
    private static final Set<String> ACCEPTED =
            Set.of("FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER");

    @ParameterizedTest
    @EnumSource(EmploymentType.class)
    void isWrittenAsAValueGoogleAccepts(EmploymentType type) {
        assertThat(ACCEPTED).contains(type.jobPostingValue());
    }

    @Test
    void eachTypeHasItsOwnValue() {
        assertThat(Arrays.stream(EmploymentType.values()).map(EmploymentType::jobPostingValue))
                .containsExactly("FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN");
    }
}
