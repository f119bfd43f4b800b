package dev.jobdesk.posting;

import dev.jobdesk.account.CurrentUser;
import dev.jobdesk.account.ReviewDelegation;
import dev.jobdesk.account.Role;
import dev.jobdesk.account.UserAccount;
import dev.jobdesk.catalog.JobTemplate;
import dev.jobdesk.catalog.RetiredTemplate;
import dev.jobdesk.company.ApprovalPolicy;
import dev.jobdesk.company.Company;
import dev.jobdesk.company.PublishPolicies;
import dev.jobdesk.company.Team;
import dev.jobdesk.domain.RefusedStep;
import dev.jobdesk.web.ResultPage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a hiring manager does with their postings. Every method checks who is asking: someone
 * else's posting is answered as if it did not exist.
 */
@ApplicationScoped
public class PostingService {

    static final int PAGE_SIZE = 50;

    private static final String SUMMARY_SELECT = """
            select new dev.jobdesk.posting.PostingSummary(p.id, p.text.title, p.text.teamName, p.text.seniority, p.status,
                p.correction.status, p.updatedAt, o.displayName, r.displayName, p.publication.slug)
            from Posting p join p.owner o left join p.approvals.reviewer r
            """;

    private final CurrentUser currentUser;
    private final Event<PostingStep> steps;
    private final Event<CareersChanged> careersChanged;
    private final Revisions revisions;
    private final Company company;
    private final SectionComments comments;
    private final ApprovalPolicy approvalPolicy;
    private final PublishPolicies publishPolicies;
    private final PostingTexts texts;

    PostingService(CurrentUser currentUser, Event<PostingStep> steps, Event<CareersChanged> careersChanged,
                   Revisions revisions, Company company, SectionComments comments, ApprovalPolicy approvalPolicy,
                   PublishPolicies publishPolicies, PostingTexts texts) {
        this.texts = texts;
        this.publishPolicies = publishPolicies;
        this.approvalPolicy = approvalPolicy;
        this.comments = comments;
        this.revisions = revisions;
        this.company = company;
        this.currentUser = currentUser;
        this.steps = steps;
        this.careersChanged = careersChanged;
    }

    @Transactional
    public Posting cloneTemplate(String slug) {
        JobTemplate template = JobTemplate.findBySlug(slug).orElseThrow(NotFoundException::new);
        if (RetiredTemplate.isRetired(slug)) {
            throw new RefusedStep("The " + template.title + " template is retired: choose another from the library.",
                    "/templates", "Back to the library");
        }
        UserAccount owner = currentUser.account();
        Instant now = Instant.now();
        Posting posting = Posting.cloneOf(template, owner, now);
        posting.persist();
        steps.fire(new PostingStep(posting, owner, Action.CREATED, null, now,
                "From " + template.title + " template, version " + template.version + "."));
        return posting;
    }

    /** My postings, or every posting for an admin; most recently changed first. */
    public ResultPage<PostingSummary> listVisible(int page) {
        TypedQuery<PostingSummary> query;
        if (currentUser.isAdmin()) {
            query = Posting.getEntityManager().createQuery(SUMMARY_SELECT + " order by p.updatedAt desc, p.id desc",
                    PostingSummary.class);
        } else {
            // The owner in the order too: H2 then reads the page from the owner's index in order (see V30).
            query = Posting.getEntityManager().createQuery(SUMMARY_SELECT + """
                            where p.owner.id = (select u.id from UserAccount u where u.username = :owner)
                            order by p.owner.id desc, p.updatedAt desc, p.id desc
                            """, PostingSummary.class).setParameter("owner", currentUser.username());
        }
        return ResultPage.of(query, page, PAGE_SIZE);
    }

    /** My postings that wait on me: sent back with changes to make, or approved and ready to publish. */
    public List<PostingSummary> needingMyAttention() {
        return PostingSummary.byEitherStatus(this::mineWaitingOnMe).stream().limit(PAGE_SIZE).toList();
    }

    private List<PostingSummary> mineWaitingOnMe(String statusColumn) {
        return Posting.getEntityManager().createQuery(
                        // Comparisons rather than "in :list": Hibernate keeps the translated SQL of this
                        // form, where a list parameter would be translated again on every request.
                        SUMMARY_SELECT + " where o.username = :owner and (" + statusColumn + " = :sentBack or "
                                + statusColumn + " = :approved) order by p.updatedAt",
                        PostingSummary.class)
                .setParameter("owner", currentUser.username())
                .setParameter("sentBack", Status.CHANGES_REQUESTED)
                .setParameter("approved", Status.APPROVED)
                .setMaxResults(PAGE_SIZE).getResultList();
    }

    /** A posting its owner, its approvers, whoever reviews for its reviewer while they are away, or an admin may read. */
    public Posting findReadable(long id) {
        Posting posting = find(id);
        if (posting.isOwnedBy(currentUser.accountId()) || currentUser.isAdmin()) {
            return withKeptText(posting);
        }
        UserAccount me = currentUser.account();
        if (posting.approvals().isApprover(me) || standsInForReviewer(posting, me)) {
            return withKeptText(posting);
        }
        throw new NotFoundException();
    }

    private boolean standsInForReviewer(Posting posting, UserAccount person) {
        return ReviewDelegation.standingIn(person, posting.approvals().reviewer(), company.today()).isPresent();
    }

    /** A posting its owner or an admin may take away whole (as Markdown); to anyone else it does not exist. */
    public Posting findOwnedOrAdministered(long id) {
        Posting posting = find(id);
        if (!posting.isOwnedBy(currentUser.accountId()) && !currentUser.isAdmin()) {
            throw new NotFoundException();
        }
        return withKeptText(posting);
    }

    /** A posting the signed-in manager owns. */
    public Posting findOwned(long id) {
        Posting posting = find(id);
        if (!posting.isOwnedBy(currentUser.accountId())) {
            throw new NotFoundException();
        }
        return withKeptText(posting);
    }

    @Transactional
    public Posting save(long id, int expectedVersion, PostingContent content) {
        return save(id, expectedVersion, content, "");
    }

    /** Saves as {@link #save(long, int, PostingContent)}, the history saying {@code why} first. */
    @Transactional
    public Posting save(long id, int expectedVersion, PostingContent content, String why) {
        Posting posting = findOwned(id);
        if (posting.version() != expectedVersion) {
            throw new StaleEditException(id, posting.version());
        }
        PostingContent before = posting.workingContent();
        Status from = posting.status();
        Instant now = Instant.now();
        Team team = content.team() == null ? null : Team.byName(content.team())
                .orElseThrow(() -> new WorkflowException(id, "Choose the team from the list."));
        posting.edit(content, team, now);
        List<String> changes = content.changesFrom(before);
        String detail = why + (changes.isEmpty() ? "No changes." : "Changed " + String.join(", ", changes) + ".");
        if (from == Status.APPROVED) {
            detail += " The approval was voided: the posting needs a new review.";
        }
        if (posting.isLive()) {
            detail += " The careers page keeps the live text until this correction is approved and published.";
        }
        steps.fire(new PostingStep(posting, currentUser.account(), Action.EDITED, from, now, detail));
        try {
            Posting.flush();
        } catch (OptimisticLockException raced) {
            // Saved by someone else between our read and our write, on this replica or another.
            throw new StaleEditException(id, QuarkusTransaction.requiringNew().call(() -> find(id).version()));
        }
        return posting;
    }

    /** Submit for approval: the content as it is becomes the posting's next revision, which the lead reads. */
    @Transactional
    public Posting submit(long id, int expectedVersion, Long leadId, Collection<Long> resolvedComments) {
        UserAccount lead = leadId == null ? null : UserAccount.findById(leadId);
        Posting posting = findOwned(id);
        checkVersionOf(posting, expectedVersion);
        if (leadId != null && lead == null) {
            throw new WorkflowException(posting.id(), Approvals.NOT_AN_ELIGIBLE_LEAD);
        }
        Status from = posting.status();
        Instant now = Instant.now();
        posting.submitFor(lead, approvalPolicy.secondApproverFor(posting.origin().template(), posting.workingTeam()).orElse(null),
                publishPolicies.rules(), now);
        PostingRevision revision = revisions.freeze(posting, currentUser.account(), now);
        comments.resolve(posting, resolvedComments, currentUser.account(), now);
        steps.fire(new PostingStep(posting, currentUser.account(), Action.SUBMITTED, from, now,
                "Revision " + revision.number + ", to " + lead.displayName
                        + (posting.approvals().secondApprover() == null ? "" : ", then " + posting.approvals().secondApprover().displayName) + "."));
        Posting.flush();
        return posting;
    }

    @Transactional
    public Posting withdraw(long id, int expectedVersion) {
        return step(id, expectedVersion, Action.WITHDRAWN, posting -> posting.withdraw(Instant.now()), null);
    }

    @Transactional
    public Posting publish(long id, int expectedVersion) {
        Posting posting = step(id, expectedVersion, Action.PUBLISHED, live -> live.publish(publishPolicies.rules(), Instant.now()), null);
        careersChanged.fire(new CareersChanged(posting.id()));
        return posting;
    }

    @Transactional
    public Posting close(long id, int expectedVersion) {
        Posting posting = step(id, expectedVersion, Action.CLOSED, closed -> closed.close(Instant.now()), null);
        careersChanged.fire(new CareersChanged(posting.id()));
        return posting;
    }

    /** Reopen: a closed posting back on the careers page, unless its closing date has passed. */
    @Transactional
    public Posting reopen(long id, int expectedVersion) {
        Instant now = Instant.now();
        Posting posting = step(id, expectedVersion, Action.REOPENED,
                closed -> closed.reopen(LocalDate.ofInstant(now, company.timeZone()), now), null);
        careersChanged.fire(new CareersChanged(posting.id()));
        return posting;
    }

    /** Duplicate: a new draft of mine with the content of one of my postings. */
    @Transactional
    public Posting duplicate(long id, int expectedVersion) {
        Posting original = findOwned(id);
        checkVersionOf(original, expectedVersion);
        UserAccount owner = currentUser.account();
        Instant now = Instant.now();
        Posting copy = original.duplicate(owner, now);
        copy.persist();
        steps.fire(new PostingStep(copy, owner, Action.CREATED, null, now,
                "Duplicated from \"" + original.title() + "\" (posting " + original.id() + ")."));
        return copy;
    }

    /**
     * Closes a live posting whose closing date has passed: a step Jobdesk takes, so its history
     * names no person. One that is no longer live (closed meanwhile, on this replica or another) is
     * left as it is.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean closeAtClosingDate(long id, Instant now) {
        Posting posting = find(id);
        if (!posting.isLive()) {
            return false;
        }
        posting.close(now);
        steps.fire(new PostingStep(posting, null, Action.CLOSED, Status.PUBLISHED, now,
                "Its closing date, " + posting.content().closingDate() + ", has passed."));
        Posting.flush();
        careersChanged.fire(new CareersChanged(posting.id()));
        return true;
    }

    /** The leads a posting can be routed to: everyone with the role but its owner. */
    public List<UserAccount> reviewersFor(Posting posting) {
        return UserAccount.withRole(Role.LEAD).stream().filter(lead -> !posting.isOwnedBy(lead.id)).toList();
    }

    private Posting step(long id, int expectedVersion, Action action, Consumer<Posting> intention, String detail) {
        Posting posting = findOwned(id);
        checkVersionOf(posting, expectedVersion);
        Status from = posting.status();
        intention.accept(posting);
        steps.fire(new PostingStep(posting, currentUser.account(), action, from, posting.updatedAt(), detail));
        // Written now, so that a step racing on another replica fails here as a conflict, not at commit.
        Posting.flush();
        return posting;
    }

    /**
     * Refuses a step taken on a page that is out of date, so nobody submits, approves or publishes
     * content they have not seen.
     */
    public static void checkVersionOf(Posting posting, int expectedVersion) {
        if (posting.version() != expectedVersion) {
            throw new WorkflowException(posting.id(),
                    "This posting changed since you opened the page. Look at it again, then retry.");
        }
    }

    /**
     * Its text as this replica kept it for the version just read, if kept: the pages that show a
     * posting, and most steps, read the whole text (see {@link PostingTexts}).
     */
    private Posting withKeptText(Posting posting) {
        posting.recallText(texts);
        return posting;
    }

    static Posting find(long id) {
        // With the owner and the template in the same query: the pages that read a posting show the
        // owner's name and the template's title, which would otherwise take a query each.
        return Posting.<Posting>find("""
                        from Posting p join fetch p.owner o left join fetch o.roles join fetch p.origin.template
                        where p.id = ?1""", id)
                .singleResultOptional().orElseThrow(NotFoundException::new);
    }
}
