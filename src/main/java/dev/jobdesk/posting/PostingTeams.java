package dev.jobdesk.posting;

import dev.jobdesk.company.Team;
import dev.jobdesk.company.TeamRenamed;
import dev.jobdesk.company.TeamsMerged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Instant;

/**
 * Keeps postings with their team when the admin renames or merges teams, in the same transaction:
 * the name kept beside each posting, and the words the careers search finds live ones by.
 */
@ApplicationScoped
class PostingTeams {

    private final Event<CareersChanged> careersChanged;

    PostingTeams(Event<CareersChanged> careersChanged) {
        this.careersChanged = careersChanged;
    }

    void renamed(@Observes TeamRenamed renamed) {
        move(renamed.team(), renamed.team());
    }

    void merged(@Observes TeamsMerged merged) {
        move(merged.from(), merged.into());
    }

    // One statement, not a load and save of each posting: a manager editing one of them meanwhile
    // should not meet a conflict over a change they did not make.
    private void move(Team from, Team to) {
        // The time moves too, so that every replica's careers version moves and lists the new name.
        Posting.update("text.team = ?1, text.teamName = ?2, updatedAt = ?3 where text.team = ?4", to, to.name, Instant.now(), from);
        Posting.update("correction.team = ?1 where correction.team = ?2", to, from);
        Posting.<Posting>stream("text.team = ?1 and status = ?2", to, Status.PUBLISHED).forEach(Posting::indexForSearch);
        careersChanged.fire(new CareersChanged(null));
    }
}
