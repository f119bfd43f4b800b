package dev.jobdesk.posting;

import dev.jobdesk.account.CurrentUser;
import dev.jobdesk.account.UserAccount;
import dev.jobdesk.company.Company;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.TypedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Comments a lead leaves on particular sections while reviewing, which the owner sees beside those
 * sections when editing and marks resolved when submitting again.
 */
@ApplicationScoped
public class SectionComments {

    /** Every section a comment can be on, by its anchor in the editor, in the editor's order. */
    static final Map<String, String> SECTIONS;

    static {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("facts", "The job");
        sections.put("summary", "Role summary");
        for (Section section : Section.values()) {
            sections.put(section.name(), section.label());
        }
        sections.put("KPI", "KPIs");
        sections.put("reporting", "Reporting");
        sections.put("FAQ", "Questions candidates ask");
        SECTIONS = Collections.unmodifiableMap(sections);
    }

    /** A comment as the lead typed it. */
    public record NewComment(@RestForm String section,
                             @RestForm @NotBlank(message = "Say what should change in this section.")
                             @Size(max = SectionComment.MAX_TEXT) String sectionText) {
        public NewComment {
            section = TypedText.line(section);
            sectionText = TypedText.lines(sectionText);
        }
    }

    private final CurrentUser currentUser;
    private final Validator validator;
    private final Company company;

    SectionComments(CurrentUser currentUser, Validator validator, Company company) {
        this.company = company;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    /** The sections a comment can be on: anchor and name. */
    public Map<String, String> sections() {
        return SECTIONS;
    }

    public List<SectionComment> of(Posting posting) {
        return SectionComment.of(posting);
    }

    /** A posting's open comments, by section, as the editor shows them beside each section. */
    public record Open(List<SectionComment> comments) {
        public List<SectionComment> on(String section) {
            return comments.stream().filter(comment -> comment.section.equals(section)).toList();
        }

        public boolean has(String section) {
            return comments.stream().anyMatch(comment -> comment.section.equals(section));
        }
    }

    public Open openOn(Posting posting) {
        return new Open(of(posting).stream().filter(SectionComment::isOpen).toList());
    }

    /** Adds the lead's comment on the revision under review, or says what is wrong with it. */
    @Transactional
    public FieldErrors add(long postingId, NewComment comment) {
        Posting posting = PostingService.find(postingId);
        UserAccount lead = currentUser.account();
        if (!posting.awaitsDecisionOf(lead, company.today())) {
            throw new WorkflowException(postingId, "Only the lead reviewing this posting can comment on its sections.");
        }
        FieldErrors errors = FieldErrors.of(validator.validate(comment));
        if (!SECTIONS.containsKey(comment.section())) {
            errors.add("section", "Choose one of the sections offered.");
        }
        if (errors.isEmpty()) {
            SectionComment added = new SectionComment();
            added.posting = posting;
            added.revision = PostingRevision.latest(posting).orElse(null);
            added.author = lead;
            added.section = comment.section();
            added.text = comment.sectionText();
            added.createdAt = Instant.now();
            added.persist();
        }
        return errors;
    }

    /** Marks the posting's open comments among {@code ids} resolved by its owner; others are left as they are. */
    void resolve(Posting posting, Collection<Long> ids, UserAccount owner, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        SectionComment.update("resolvedAt = ?1, resolvedBy = ?2 where posting = ?3 and id in ?4 and resolvedAt is null",
                now, owner, posting, ids);
    }
}
