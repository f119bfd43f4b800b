package dev.jobdesk.posting;

import dev.jobdesk.company.Team;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A change to a live posting on its way through review: its text, its team and where it is in the
 * workflow. The careers page goes on showing the live text until the approved correction is
 * published over it. Hibernate reads all-empty columns as no correction.
 */
@Embeddable
class Correction {

    @Enumerated(EnumType.STRING)
    @Column(name = "correction_status", length = 20)
    private Status status;

    @Column(name = "correction_content_form")
    private Integer contentForm;

    /** The text as {@link CanonicalContent}. */
    @Column(name = "correction_content", length = PostingRevision.MAX_CONTENT)
    private String content;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "correction_team_id")
    private Team team;

    protected Correction() {
    }

    Correction(Status status, PostingContent content, Team team) {
        this.status = status;
        this.contentForm = CanonicalContent.FORM;
        this.content = CanonicalContent.of(content);
        this.team = team;
    }

    Status status() {
        return status;
    }

    /** Written here rather than from outside, so that Hibernate's enhanced dirty tracking sees the change. */
    void moveTo(Status next) {
        status = next;
    }

    PostingContent content() {
        return CanonicalContent.read(contentForm, content);
    }

    Team team() {
        return team;
    }
}
