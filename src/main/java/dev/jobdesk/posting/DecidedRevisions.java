package dev.jobdesk.posting;

import dev.jobdesk.account.UserAccount;
import java.util.OptionalInt;

/**
 * The revision of a posting a lead last decided on: what their review page compares the resubmission
 * with. Decisions are review's to keep, so review answers this; the posting page only asks.
 */
public interface DecidedRevisions {

    OptionalInt lastDecidedBy(UserAccount lead, Posting posting);
}
