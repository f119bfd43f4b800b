package dev.jobdesk.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobdesk.account.ReviewDelegation;
import dev.jobdesk.account.Role;
import dev.jobdesk.account.UserAccount;
import dev.jobdesk.catalog.Faq;
import dev.jobdesk.catalog.JobTemplate;
import dev.jobdesk.catalog.Kpi;
import dev.jobdesk.catalog.SampleTemplates;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.catalog.Seniority;
import dev.jobdesk.company.PublishRules;
import dev.jobdesk.company.Team;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The posting's own rules, as its intention methods enforce them, without a database. */
class PostingRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(60);
    private static final Team PAYMENTS = Team.named("Payments");

    private final UserAccount manager = user(1L, "maya", Role.MANAGER);
    private final UserAccount lead = user(2L, "lena", Role.LEAD);
    private final UserAccount otherLead = user(3L, "luca", Role.LEAD);

    @Test
    void aCloneIsAMidLevelDraftWithTheTemplatesSections() {
        Posting posting = Posting.cloneOf(SampleTemplates.backend(), manager, NOW);
        assertThat(posting.status()).isEqualTo(Status.DRAFT);
        assertThat(posting.content().seniority()).isEqualTo(Seniority.MID);
        assertThat(posting.owner()).isSameAs(manager);
        assertThat(posting.origin().version()).isEqualTo(1);
        assertThat(posting.updatedAt()).isEqualTo(NOW);
        assertThat(posting.content().bullets().get(Section.LEVEL)).containsExactly("Own a service end to end.");
        assertThat(posting.content().bullets().get(Section.TOOL)).containsExactly("Docker");
        assertThat(posting.content().experience()).isEqualTo("3-5 years");
        assertThat(posting.content().kpis()).extracting(kpi -> kpi.target).containsExactly("under 200 ms", "5 a week");
        assertThat(posting.content().roleSummary()).isEqualTo("You will own a part of the server side.");
        assertThat(posting.content().bullets().get(Section.MUST_HAVE)).containsExactly("3+ years of Go.", "PostgreSQL fluency.");
    }

    @Test
    void listsWhatACandidateWouldMissBeforeReview() {
        Posting posting = Posting.cloneOf(SampleTemplates.backend(), manager, NOW);
        assertThat(posting.missingUnder(PublishRules.NONE)).containsExactly("the team", "the city", "the country", "how to apply");
        posting.edit(ready(posting, WorkplaceType.REMOTE, null), PAYMENTS, LATER);
        assertThat(posting.missingUnder(PublishRules.NONE)).isEmpty();
        posting.edit(ready(posting, WorkplaceType.HYBRID, null), PAYMENTS, LATER);
        assertThat(posting.missingUnder(PublishRules.NONE)).containsExactly("the city", "the country");
    }

    @Test
    void isSubmittedOnlyToAnEnabledLeadOtherThanItsOwnerOnceComplete() {
        Posting posting = Posting.cloneOf(SampleTemplates.backend(), manager, NOW);
        assertRefused(() -> posting.submitFor(lead, null, PublishRules.NONE, LATER), "Fill in the team, the city, the country, how to apply");
        posting.edit(ready(posting, WorkplaceType.ONSITE, "Lisbon"), PAYMENTS, NOW);
        assertRefused(() -> posting.submitFor(null, null, PublishRules.NONE, LATER), "Choose the engineering lead");
        assertRefused(() -> posting.submitFor(manager, null, PublishRules.NONE, LATER), "can't review your own posting");
        assertRefused(() -> posting.submitFor(user(4L, "mo", Role.MANAGER), null, PublishRules.NONE, LATER),
                Approvals.NOT_AN_ELIGIBLE_LEAD);
        UserAccount disabled = user(5L, "dee", Role.LEAD);
        disabled.enabled = false;
        assertRefused(() -> posting.submitFor(disabled, null, PublishRules.NONE, LATER), Approvals.NOT_AN_ELIGIBLE_LEAD);
        assertThat(posting.status()).isEqualTo(Status.DRAFT);

        posting.submitFor(lead, null, PublishRules.NONE, LATER);
        assertThat(posting.status()).isEqualTo(Status.IN_REVIEW);
        assertThat(posting.approvals().reviewer()).isSameAs(lead);
        assertThat(posting.approvals().submittedAt()).isEqualTo(LATER);
        assertThat(posting.updatedAt()).isEqualTo(LATER);
        assertThat(posting.approvals().isAssignedTo(lead)).isTrue();
        assertThat(posting.approvals().isAssignedTo(otherLead)).isFalse();
        assertThat(posting.approvals().isAssignedTo(null)).isFalse();
    }

    @Test
    void isDecidedOnlyByTheLeadItWasRoutedTo() {
        Posting posting = submitted();
        assertRefused(() -> posting.approve(otherLead, null, revisionOf(posting), LATER), "Only the lead this posting was routed to");
        assertRefused(() -> posting.requestChanges(otherLead, null, "Fine by me.", LATER), "Only the lead this posting was routed to");
        assertRefused(() -> posting.requestChanges(lead, null, " ", LATER), "a comment is required");
        assertThat(posting.status()).isEqualTo(Status.IN_REVIEW);
        posting.requestChanges(lead, null, "Name the team's stack.", LATER);
        assertThat(posting.status()).isEqualTo(Status.CHANGES_REQUESTED);
    }

    @Test
    void anOwnerWhoLeadsCannotDecideOnTheirOwnPosting() {
        UserAccount both = user(6L, "bo", Role.MANAGER, Role.LEAD);
        Posting posting = submitted();
        posting.withdraw(LATER);
        assertThat(posting.status()).isEqualTo(Status.DRAFT);
        assertThat(posting.isOwnedBy(manager.id)).isTrue();
        assertThat(posting.isOwnedBy(both.id)).isFalse();
        assertThat(posting.isOwnedBy(null)).isFalse();
        Posting own = Posting.cloneOf(SampleTemplates.backend(), both, NOW);
        own.edit(ready(own, WorkplaceType.REMOTE, null), PAYMENTS, NOW);
        own.submitFor(lead, null, PublishRules.NONE, NOW);
        assertRefused(() -> own.approve(both, null, revisionOf(own), LATER), "You can't review a posting you wrote.");
    }

    @Test
    void isPublishedOnceApprovedWithASlugThatStays() {
        Posting posting = submitted();
        assertRefused(() -> posting.publish(PublishRules.NONE, LATER), "A posting that is in review can't be published.");
        posting.approve(lead, null, revisionOf(posting), LATER);
        posting.publish(PublishRules.NONE, LATER);
        assertThat(posting.status()).isEqualTo(Status.PUBLISHED);
        assertThat(posting.publication().publishedAt()).isEqualTo(LATER);
        assertThat(posting.slug()).startsWith("backend-developer-lisbon");
        posting.close(LATER.plusSeconds(1));
        assertThat(posting.status()).isEqualTo(Status.CLOSED);
        assertThat(posting.updatedAt()).isEqualTo(LATER.plusSeconds(1));
        assertRefused(() -> posting.edit(posting.content(), PAYMENTS, LATER), "can't be edited");

        String slug = posting.slug();
        posting.reopen(LocalDate.of(2026, 11, 30), LATER.plusSeconds(2));
        assertThat(posting.status()).isEqualTo(Status.PUBLISHED);
        assertThat(posting.slug()).isEqualTo(slug);
        assertThat(posting.publication().publishedAt()).as("first published").isEqualTo(LATER);
        assertThat(posting.publication().closedAt()).isNull();
        assertRefused(() -> posting.reopen(LocalDate.of(2026, 11, 30), LATER), "A posting that is published can't be reopened.");
    }

    @Test
    void aPostingIsNotReopenedOnceItsClosingDateHasPassed() {
        Posting posting = submitted();
        PostingContent content = posting.content();
        posting.withdraw(LATER);
        posting.edit(new PostingContent(content.title(), content.team(), content.location(), content.region(),
                content.country(), content.remoteAreas(), content.workplaceType(), content.employmentType(),
                content.seniority(), content.experience(), content.salary(), LocalDate.of(2026, 12, 31),
                content.howToApply(), content.roleSummary(), content.reportsTo(), content.reportingStructure(),
                content.bullets(), content.kpis(), content.faqs(), content.showFaq()), PAYMENTS, LATER);
        posting.submitFor(lead, null, PublishRules.NONE, LATER);
        posting.approve(lead, null, revisionOf(posting), LATER);
        posting.publish(PublishRules.NONE, LATER);
        posting.close(LATER);
        assertRefused(() -> posting.reopen(LocalDate.of(2027, 1, 1), LATER), "Its closing date, 2026-12-31, has passed");
        posting.reopen(LocalDate.of(2026, 12, 31), LATER);
        assertThat(posting.status()).as("on its last day").isEqualTo(Status.PUBLISHED);
    }

    @Test
    void aPostingFollowsOnlyALaterVersionOfItsOwnTemplate() {
        JobTemplate first = SampleTemplates.backend();
        Posting posting = Posting.cloneOf(first, manager, NOW);
        JobTemplate second = JobTemplate.of(first.slug, 2, SampleTemplates.backendContent(), LATER);

        posting.followTemplate(second);
        assertThat(posting.origin().template()).isSameAs(second);
        assertThat(posting.origin().version()).isEqualTo(2);
        assertThatThrownBy(() -> posting.followTemplate(first)).as("an earlier version")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not follow");
        assertThatThrownBy(() -> posting.followTemplate(second)).as("the same version")
                .isInstanceOf(IllegalArgumentException.class);
        JobTemplate other = JobTemplate.of("data-engineer", 3, SampleTemplates.backendContent(), LATER);
        assertThatThrownBy(() -> posting.followTemplate(other)).as("another template")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(posting.origin().version()).as("unchanged by a refusal").isEqualTo(2);
    }

    @Test
    void aDuplicateIsANewDraftWithTheSameContent() {
        Posting posting = submitted();
        UserAccount other = user(7L, "mia", Role.MANAGER);
        Posting copy = posting.duplicate(other, LATER);
        assertThat(copy.status()).isEqualTo(Status.DRAFT);
        assertThat(copy.owner()).isSameAs(other);
        assertThat(copy.content()).isEqualTo(posting.content());
        assertThat(copy.slug()).isNull();
        assertThat(copy.approvals().reviewer()).isNull();
        assertThat(copy.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void editingAnApprovedPostingSendsItBackToDraft() {
        Posting posting = submitted();
        posting.approve(lead, null, revisionOf(posting), LATER);
        posting.edit(posting.content(), PAYMENTS, LATER);
        assertThat(posting.status()).isEqualTo(Status.DRAFT);
    }

    @Test
    void anApprovalIsOfTheExactTextUnderReviewAndPublishingRefusesAnyOther() {
        Posting posting = submitted();
        PostingRevision other = revisionOf(submitted());
        other.content = other.content.replace("Backend Developer", "Backend Wizard");
        other.contentHash = CanonicalContent.hash(other.content);
        assertRefused(() -> posting.approve(lead, null, other, LATER), "not what was submitted for review");
        assertRefused(() -> posting.approve(lead, null, null, LATER), "not what was submitted for review");

        PostingRevision revision = revisionOf(posting);
        posting.approve(lead, null, revision, LATER);
        assertThat(posting.approvals().approvedRevision()).isSameAs(revision);
        revision.content = revision.content.replace("Backend Developer", "Backend Wizard");
        assertRefused(() -> posting.publish(PublishRules.NONE, LATER), "no longer word for word what was approved as revision 1");
        assertThat(posting.status()).isEqualTo(Status.APPROVED);
    }

    @Test
    void aSecondApprovalComesAfterTheLeadsBySomeoneElse() {
        UserAccount admin = user(5L, "ada", Role.ADMIN);
        Posting posting = Posting.cloneOf(SampleTemplates.backend(), manager, NOW);
        posting.edit(ready(posting, WorkplaceType.ONSITE, "Lisbon"), PAYMENTS, NOW);
        assertRefused(() -> posting.submitFor(lead, lead, PublishRules.NONE, NOW), "choose another lead for the first");
        assertRefused(() -> posting.submitFor(lead, manager, PublishRules.NONE, NOW), "nobody approves their own posting");
        assertRefused(() -> posting.submitFor(lead, user(6L, "mo", Role.MANAGER), PublishRules.NONE, NOW), "can no longer approve");
        UserAccount away = user(7L, "al", Role.ADMIN);
        away.enabled = false;
        assertRefused(() -> posting.submitFor(lead, away, PublishRules.NONE, NOW), "can no longer approve");
        posting.submitFor(lead, admin, PublishRules.NONE, NOW);
        assertThat(posting.approvals().secondApprover()).isSameAs(admin);

        PostingRevision revision = revisionOf(posting);
        assertThat(posting.approve(lead, null, revision, LATER)).isEqualTo(Action.FIRST_APPROVED);
        assertThat(posting.status()).isEqualTo(Status.IN_REVIEW);
        assertThat(posting.approvals().reviewer()).isSameAs(admin);
        assertThat(posting.approvals().firstApprover()).isSameAs(lead);
        assertThat(posting.approvals().submittedAt()).as("the second approver's wait starts now").isEqualTo(LATER);
        assertThat(posting.approvals().approvedRevision()).isNull();
        assertRefused(() -> posting.publish(PublishRules.NONE, LATER), "A posting that is in review can't be published.");
        assertRefused(() -> posting.approve(lead, null, revision, LATER), "Only the lead this posting was routed to");
        assertRefused(() -> posting.reassignReview(lead, LATER), "gives the other approval");

        assertThat(posting.approve(admin, null, revision, LATER)).isEqualTo(Action.APPROVED);
        assertThat(posting.status()).isEqualTo(Status.APPROVED);
        assertThat(posting.approvals().approvedRevision()).isSameAs(revision);
        posting.publish(PublishRules.NONE, LATER);
        assertThat(posting.status()).isEqualTo(Status.PUBLISHED);
    }

    @Test
    void aResubmissionAsksForBothApprovalsAgain() {
        UserAccount second = user(9L, "lou", Role.LEAD);
        Posting posting = Posting.cloneOf(SampleTemplates.backend(), manager, NOW);
        posting.edit(ready(posting, WorkplaceType.ONSITE, "Lisbon"), PAYMENTS, NOW);
        posting.submitFor(lead, second, PublishRules.NONE, NOW);
        assertRefused(() -> posting.reassignReview(second, LATER), "gives the other approval");
        posting.approve(lead, null, revisionOf(posting), LATER);
        assertRefused(() -> posting.reassignReview(lead, LATER), "gives the other approval");
        posting.reassignReview(otherLead, LATER);
        posting.requestChanges(otherLead, null, "Say which rails.", LATER);
        posting.submitFor(otherLead, second, PublishRules.NONE, LATER);
        assertThat(posting.approvals().firstApprover()).isNull();
        assertThat(posting.approvals().reviewer()).isSameAs(otherLead);
        assertThat(posting.approve(otherLead, null, revisionOf(posting), LATER)).isEqualTo(Action.FIRST_APPROVED);
    }

    @Test
    void aDelegateDecidesInPlaceOfTheLeadTheyStandInFor() {
        Posting posting = submitted();
        ReviewDelegation forLead = ReviewDelegation.of(lead);
        forLead.delegate = otherLead;
        forLead.startsOn = LocalDate.parse("2026-11-30");
        forLead.endsOn = LocalDate.parse("2026-12-04");
        ReviewDelegation forSomeoneElse = ReviewDelegation.of(user(8L, "lou", Role.LEAD));
        forSomeoneElse.delegate = otherLead;
        forSomeoneElse.startsOn = forLead.startsOn;
        forSomeoneElse.endsOn = forLead.endsOn;
        assertThat(forLead.isActiveOn(LocalDate.parse("2026-12-04"))).isTrue();
        assertThat(forLead.isActiveOn(LocalDate.parse("2026-12-05"))).isFalse();
        assertThat(forLead.isActiveOn(LocalDate.parse("2026-11-29"))).isFalse();

        assertRefused(() -> posting.approve(otherLead, forSomeoneElse, revisionOf(posting), LATER), "who reviews for them");
        assertRefused(() -> posting.requestChanges(manager, forLead, "Mine.", LATER), "You can't review a posting you wrote.");
        posting.requestChanges(otherLead, forLead, "Name the rails.", LATER);
        assertThat(posting.status()).isEqualTo(Status.CHANGES_REQUESTED);
        otherLead.enabled = false;
        assertThat(forLead.covers(otherLead, lead)).as("a disabled delegate stands in for nobody").isFalse();
    }

    @Test
    void thePublishPolicyAddsItsItemsToTheChecklistWithTheRuleTheyComeFrom() {
        Posting posting = Posting.cloneOf(SampleTemplates.backend(), manager, NOW);
        posting.edit(ready(posting, WorkplaceType.REMOTE, null), PAYMENTS, NOW);
        PublishRules inTheEu = new PublishRules(PublishRules.SalaryRule.COUNTRIES, Set.of("PT", "EUROPEAN_UNION"), false,
                null, Set.of());
        assertThat(inTheEu.salaryRequiredBy(null, List.of("EUROPEAN_UNION"))).isEqualTo("EUROPEAN_UNION");
        assertThat(inTheEu.salaryRequiredBy("PT", List.of())).isEqualTo("PT");
        assertThat(inTheEu.salaryRequiredBy("US", List.of("NORTH_AMERICA"))).isNull();
        assertThat(PublishRules.NONE.salaryRequiredBy("PT", List.of("PT"))).isNull();
        assertThat(posting.missingUnder(inTheEu)).containsExactly("a salary range (pay-transparency rules for European Union)");

        PublishRules strict = new PublishRules(PublishRules.SalaryRule.EVERYWHERE, Set.of(), true, 3,
                EnumSet.of(Section.TOOL));
        assertThat(posting.missingUnder(strict)).containsExactly("a salary range (the company shows pay in every posting)",
                "a closing date (the company's rule for every posting)",
                "at most 3 words (it has " + posting.content().wordCount() + ") (the company's rule on length)");
        assertThat(posting.content().wordCount()).isGreaterThan(3);
        assertRefused(() -> posting.submitFor(lead, null, strict, LATER), "a closing date");
        assertThat(posting.status()).isEqualTo(Status.DRAFT);
    }

    @Test
    void wordsAreCountedInEverythingACandidateReads() {
        PostingContent content = new PostingContent("Backend developer", "Payments", null, null, null, List.of(),
                WorkplaceType.ONSITE, EmploymentType.FULL_TIME, Seniority.MID, "3 years", null, null, null,
                "Own  a service.", null, "  ", Map.of(Section.TOOL, List.of("Go", "Postgres 16")),
                List.of(new Kpi("Latency", "under 200 ms")),
                List.of(new Faq("Remote?", "Yes, within Europe.")), false);
        assertThat(content.wordCount()).as("title 2, summary 3, tools 3, KPI 4; the FAQ is not shown").isEqualTo(12);
    }

    private PostingRevision revisionOf(Posting posting) {
        return PostingRevision.freeze(posting, 1, manager, NOW);
    }

    private Posting submitted() {
        Posting posting = Posting.cloneOf(SampleTemplates.backend(), manager, NOW);
        posting.edit(ready(posting, WorkplaceType.ONSITE, "Lisbon"), PAYMENTS, NOW);
        posting.submitFor(lead, null, PublishRules.NONE, NOW);
        return posting;
    }

    private static PostingContent ready(Posting posting, WorkplaceType workplace, String location) {
        PostingContent c = posting.content();
        Map<Section, List<String>> bullets = new EnumMap<>(c.bullets());
        return new PostingContent(c.title(), "Payments", location, null, location == null ? null : "PT",
                workplace == WorkplaceType.REMOTE ? List.of("EUROPEAN_UNION") : List.of(), workplace, c.employmentType(), c.seniority(),
                c.experience(), c.salary(), c.closingDate(), "jobs@example.com", c.roleSummary(), c.reportsTo(),
                c.reportingStructure(), bullets, c.kpis(), c.faqs(), c.showFaq());
    }

    private static void assertRefused(Runnable step, String reason) {
        assertThatThrownBy(step::run).isInstanceOf(WorkflowException.class).hasMessageContaining(reason);
    }

    private static UserAccount user(long id, String username, Role... roles) {
        UserAccount user = new UserAccount();
        user.id = id;
        user.username = username;
        for (Role role : roles) {
            user.roles.add(role.name());
        }
        return user;
    }
}
