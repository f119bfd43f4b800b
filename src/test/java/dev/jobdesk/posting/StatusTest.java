package dev.jobdesk.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The workflow, written out once by hand: every (status, action) pair is either here or refused. */
class StatusTest {

    private static final Map<Status, Map<Action, Status>> ALLOWED = Map.of(
            Status.DRAFT, Map.of(
                    Action.OWNER_CHANGED, Status.DRAFT,
                    Action.EDITED, Status.DRAFT,
                    Action.SUBMITTED, Status.IN_REVIEW),
            Status.IN_REVIEW, Map.of(
                    Action.OWNER_CHANGED, Status.IN_REVIEW,
                    Action.REVIEW_REASSIGNED, Status.IN_REVIEW,
                    Action.FIRST_APPROVED, Status.IN_REVIEW,
                    Action.WITHDRAWN, Status.DRAFT,
                    Action.APPROVED, Status.APPROVED,
                    Action.CHANGES_REQUESTED, Status.CHANGES_REQUESTED),
            Status.CHANGES_REQUESTED, Map.of(
                    Action.OWNER_CHANGED, Status.CHANGES_REQUESTED,
                    Action.EDITED, Status.CHANGES_REQUESTED,
                    Action.SUBMITTED, Status.IN_REVIEW),
            Status.APPROVED, Map.of(
                    Action.OWNER_CHANGED, Status.APPROVED,
                    Action.EDITED, Status.DRAFT,
                    Action.PUBLISHED, Status.PUBLISHED),
            Status.PUBLISHED, Map.of(
                    Action.OWNER_CHANGED, Status.PUBLISHED,
                    Action.EDITED, Status.DRAFT,
                    Action.CLOSED, Status.CLOSED),
            Status.CLOSED, Map.of(
                    Action.OWNER_CHANGED, Status.CLOSED,
                    Action.REOPENED, Status.PUBLISHED));

    @ParameterizedTest
    @EnumSource(Status.class)
    void everyActionFromEveryStatusLeadsWhereTheWorkflowSaysOrIsRefused(Status from) {
        for (Action action : Action.values()) {
            Optional<Status> expected = Optional.ofNullable(ALLOWED.get(from).get(action));
            assertThat(from.after(action)).as("%s from %s", action, from).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void contentIsEditableOnlyBeforeReviewOnceSentBackOrApprovedAndWhileLive(Status status) {
        boolean editable = status == Status.DRAFT || status == Status.CHANGES_REQUESTED || status == Status.APPROVED
                || status == Status.PUBLISHED;
        assertThat(status.isContentEditable()).isEqualTo(editable);
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void onlyPublishedPostingsArePublic(Status status) {
        assertThat(status.isPublic()).isEqualTo(status == Status.PUBLISHED);
    }
}
