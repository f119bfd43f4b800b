package dev.jobdesk.careers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobdesk.account.Role;
import dev.jobdesk.account.UserAccount;
import dev.jobdesk.catalog.SampleTemplates;
import dev.jobdesk.company.PublishRules;
import dev.jobdesk.company.Team;
import dev.jobdesk.posting.EmploymentType;
import dev.jobdesk.posting.Posting;
import dev.jobdesk.posting.PostingContent;
import dev.jobdesk.posting.PostingRevision;
import dev.jobdesk.posting.SalaryPeriod;
import dev.jobdesk.posting.SalaryRange;
import dev.jobdesk.posting.WorkplaceType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JobPosting data of every kind of posting (on site, hybrid, remote with regions and countries;
 * each employment type; with and without a salary and a closing date), field by field against
 * Google's required and recommended properties and the values its enumerations allow.
 */
@QuarkusTest
class JobPostingDataTest {

    private static final Set<String> EMPLOYMENT_TYPES = Set.of("FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY",
            "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER");
    private static final Set<String> SALARY_UNITS = Set.of("HOUR", "DAY", "WEEK", "MONTH", "YEAR");
    private static final Set<String> PROPERTIES = Set.of("@context", "@type", "title", "description", "datePosted",
            "validThrough", "employmentType", "directApply", "url", "identifier", "hiringOrganization", "jobLocation",
            "jobLocationType", "applicantLocationRequirements", "baseSalary", "experienceRequirements");
    private static final Instant PUBLISHED = Instant.parse("2026-11-30T10:15:00Z");
    private static final LocalDate CLOSING = LocalDate.of(2027, 3, 31);

    /** Where the job is: on site, hybrid, or remote for candidates in the given places. */
    enum Place {
        ON_SITE(WorkplaceType.ONSITE, "Lisbon", null, "PT", List.of()),
        HYBRID(WorkplaceType.HYBRID, "Munich", "Bavaria", "DE", List.of()),
        REMOTE(WorkplaceType.REMOTE, null, null, null, List.of("EUROPEAN_UNION", "CH"));

        final WorkplaceType type;
        final String city;
        final String region;
        final String country;
        final List<String> remoteAreas;

        Place(WorkplaceType type, String city, String region, String country, List<String> remoteAreas) {
            this.type = type;
            this.city = city;
            this.region = region;
            this.country = country;
            this.remoteAreas = remoteAreas;
        }
    }

    @Inject
    JobPostingJsonLd jsonLd;

    static Stream<Arguments> everyKindOfPosting() {
        List<SalaryRange> salaries = new ArrayList<>();
        salaries.add(null);
        salaries.add(new SalaryRange(70000, 90000, "EUR", SalaryPeriod.YEAR));
        salaries.add(new SalaryRange(45, 60, "USD", SalaryPeriod.HOUR));
        List<Arguments> kinds = new ArrayList<>();
        for (Place place : Place.values()) {
            for (EmploymentType type : EmploymentType.values()) {
                for (SalaryRange salary : salaries) {
                    for (LocalDate closing : new LocalDate[] {null, CLOSING}) {
                        kinds.add(Arguments.of(place, type, salary, closing));
                    }
                }
            }
        }
        return kinds.stream();
    }

    @ParameterizedTest(name = "{0}, {1}, salary {2}, closing {3}")
    @MethodSource("everyKindOfPosting")
    void everyFieldIsOneGoogleAccepts(Place place, EmploymentType type, SalaryRange salary, LocalDate closing)
            throws Exception {
        Posting posting = published(place, type, salary, closing);
        JsonNode data = new ObjectMapper().readTree(jsonLd.of(posting, posting.content()));

        Set<String> names = new HashSet<>();
        data.fieldNames().forEachRemaining(names::add);
        assertThat(PROPERTIES).as("only JobPosting properties").containsAll(names);

        // Required.
        assertThat(data.path("@context").asText()).isEqualTo("https://schema.org/");
        assertThat(data.path("@type").asText()).isEqualTo("JobPosting");
        assertThat(data.path("title").asText()).isEqualTo("Backend Developer");
        assertThat(data.path("description").asText()).startsWith("<p>").contains("<li>Design APIs.</li>");
        assertThat(data.path("datePosted").asText()).isEqualTo("2026-11-30");
        JsonNode organization = data.path("hiringOrganization");
        assertThat(organization.path("@type").asText()).isEqualTo("Organization");
        assertThat(organization.path("name").asText()).isNotBlank();
        assertThat(URI.create(organization.path("sameAs").asText()).isAbsolute()).isTrue();
        if (place == Place.REMOTE) {
            assertThat(data.has("jobLocation")).isFalse();
            assertThat(data.path("jobLocationType").asText()).isEqualTo("TELECOMMUTE");
            JsonNode areas = data.path("applicantLocationRequirements");
            assertThat(areas.isArray()).isTrue();
            assertThat(areas).extracting(area -> area.path("@type").asText() + ": " + area.path("name").asText())
                    .containsExactly("AdministrativeArea: European Union", "Country: Switzerland");
        } else {
            assertThat(data.has("jobLocationType")).isFalse();
            assertThat(data.has("applicantLocationRequirements")).isFalse();
            assertThat(data.path("jobLocation").path("@type").asText()).isEqualTo("Place");
            JsonNode address = data.path("jobLocation").path("address");
            assertThat(address.path("@type").asText()).isEqualTo("PostalAddress");
            assertThat(address.path("addressCountry").asText()).isEqualTo(place.country).matches("[A-Z]{2}");
            assertThat(address.path("addressLocality").asText()).isEqualTo(place.city);
            assertThat(address.path("addressRegion").isMissingNode()).isEqualTo(place.region == null);
        }

        // Recommended.
        assertThat(data.path("employmentType").asText()).isIn(EMPLOYMENT_TYPES);
        assertThat(data.path("directApply").isBoolean()).isTrue();
        assertThat(data.path("directApply").asBoolean()).as("applying happens elsewhere").isFalse();
        assertThat(URI.create(data.path("url").asText()).isAbsolute()).isTrue();
        assertThat(data.path("url").asText()).endsWith("/careers/" + posting.slug());
        assertThat(data.path("identifier").path("@type").asText()).isEqualTo("PropertyValue");
        assertThat(data.path("identifier").path("value").asText()).isEqualTo(posting.slug());
        if (closing == null) {
            assertThat(data.has("validThrough")).isFalse();
        } else {
            assertThat(OffsetDateTime.parse(data.path("validThrough").asText()).toLocalDate()).isEqualTo(closing);
        }
        if (salary == null) {
            assertThat(data.has("baseSalary")).isFalse();
        } else {
            JsonNode pay = data.path("baseSalary");
            assertThat(pay.path("@type").asText()).isEqualTo("MonetaryAmount");
            assertThat(pay.path("currency").asText()).isEqualTo(salary.currency).matches("[A-Z]{3}");
            JsonNode value = pay.path("value");
            assertThat(value.path("@type").asText()).isEqualTo("QuantitativeValue");
            assertThat(value.path("minValue").isNumber()).isTrue();
            assertThat(value.path("minValue").asInt()).isEqualTo(salary.min).isLessThanOrEqualTo(value.path("maxValue").asInt());
            assertThat(value.path("unitText").asText()).isIn(SALARY_UNITS);
        }
    }

    /** Built in memory, not saved. */
    private static Posting published(Place place, EmploymentType type, SalaryRange salary, LocalDate closing) {
        Posting posting = Posting.cloneOf(SampleTemplates.backend(), new UserAccount(), PUBLISHED);
        PostingContent cloned = posting.content();
        posting.edit(new PostingContent(cloned.title(), "Platform", place.city, place.region, place.country, place.remoteAreas,
                place.type, type, cloned.seniority(), cloned.experience(), salary, closing, "https://jobs.example.com/apply",
                cloned.roleSummary(), cloned.reportsTo(), cloned.reportingStructure(), cloned.bullets(), cloned.kpis(),
                cloned.faqs(), false), Team.named("Platform"), PUBLISHED);
        UserAccount lead = new UserAccount();
        lead.id = -1L;
        lead.enabled = true;
        lead.roles.add(Role.LEAD.name());
        posting.submitFor(lead, null, PublishRules.NONE, PUBLISHED);
        posting.approve(lead, null, PostingRevision.freeze(posting, 1, lead, PUBLISHED), PUBLISHED);
        posting.publish(PublishRules.NONE, PUBLISHED);
        return posting;
    }
}
