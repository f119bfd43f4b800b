package dev.jobdesk.review;

import dev.jobdesk.account.Role;
import dev.jobdesk.posting.Posting;
import dev.jobdesk.posting.PostingPages;
import dev.jobdesk.posting.PostingService;
import dev.jobdesk.posting.SectionComments;
import dev.jobdesk.posting.Status;
import dev.jobdesk.web.FieldErrors;
import dev.jobdesk.web.Flash;
import dev.jobdesk.web.Redirects;
import dev.jobdesk.web.TypedText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The assigned lead's decision on a posting: Approve, or Request changes with a comment. Shares the
 * {@code /postings} path with the owner's steps, since both act on one posting.
 */
@Path("/postings")
@Produces(MediaType.TEXT_HTML)
public class DecisionResource {

    private final ReviewService reviews;
    private final PostingService postings;
    private final PostingPages pages;
    private final Validator validator;

    /** Approve as the lead posts it, with an optional note to the owner, cleaned as the comment is. */
    public record Approval(@RestForm String version, @RestForm @Size(max = ReviewDecision.MAX_COMMENT) String note) {

        public Approval {
            note = TypedText.lines(note);
        }
    }

    /** Request changes as the lead posts it; the comment cleaned of what a reader cannot see. */
    public record ChangeRequest(
            @RestForm String version,
            @RestForm @NotBlank(message = "Say what should change: a comment is required when requesting changes.")
            @Size(max = ReviewDecision.MAX_COMMENT) String comment) {

        public ChangeRequest {
            comment = TypedText.lines(comment);
        }
    }

    private final SectionComments comments;

    DecisionResource(ReviewService reviews, PostingService postings, PostingPages pages, Validator validator,
                     SectionComments comments) {
        this.comments = comments;
        this.validator = validator;
        this.reviews = reviews;
        this.postings = postings;
        this.pages = pages;
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed({Role.LEAD_NAME, Role.ADMIN_NAME})
    public Response approve(@RestPath long id, @BeanParam Approval approval) {
        return refusedWords(id, approval, approval.note()).orElseGet(() -> {
            Posting approved = reviews.approve(id, PostingPages.version(approval.version()), approval.note());
            return Redirects.seeOther("/reviews", Flash.success(approved.status() == Status.IN_REVIEW
                    ? "Approved. " + approved.approvals().reviewer().displayName + " gives the second approval next."
                    : "Approved. The owner can publish it now."));
        });
    }

    @POST
    @Path("/{id}/request-changes")
    @RolesAllowed({Role.LEAD_NAME, Role.ADMIN_NAME})
    public Response requestChanges(@RestPath long id, @BeanParam ChangeRequest request) {
        return refusedWords(id, request, request.comment()).orElseGet(() -> {
            reviews.requestChanges(id, PostingPages.version(request.version()), request.comment());
            return Redirects.seeOther("/reviews", Flash.success("Sent back to the owner with your comment."));
        });
    }

    /** Add comment: the reviewing lead's comment on one section, which the owner sees beside it when editing. */
    @POST
    @Path("/{id}/comments")
    @RolesAllowed({Role.LEAD_NAME, Role.ADMIN_NAME})
    public Response comment(@RestPath long id, @BeanParam SectionComments.NewComment comment) {
        FieldErrors errors = comments.add(id, comment);
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(pages.showWithSectionComment(postings.findReadable(id), comment, errors)).build();
        }
        return Redirects.seeOther("/postings/" + id + "#comments", Flash.success("Comment added. The owner sees it"
                + " beside the section when you request changes."));
    }

    /** The posting page again, with the words as typed and a message, when a decision's form breaks a rule. */
    private Optional<Response> refusedWords(long id, Object decision, String typed) {
        FieldErrors errors = FieldErrors.of(validator.validate(decision));
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Response.status(Response.Status.BAD_REQUEST)
                .entity(pages.showWithComment(postings.findReadable(id), typed, errors)).build());
    }
}
