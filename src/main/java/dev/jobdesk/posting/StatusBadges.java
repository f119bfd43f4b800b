package dev.jobdesk.posting;

import dev.jobdesk.web.Html;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.util.EnumMap;
import java.util.Map;

/**
 * A status as the pages show it, {@code {posting.status.badge}}: its label in a badge coloured by its
 * CSS class. Made once per status rather than by a tag on every row: a tag costs Qute a scope and
 * its parameters each time, and my postings shows fifty of them (about 4% of that page's CPU).
 */
@TemplateExtension
final class StatusBadges {

    private static final Map<Status, RawString> BADGES = new EnumMap<>(Status.class);

    static {
        for (Status status : Status.values()) {
            BADGES.put(status, new RawString("<span class=\"badge badge-" + status.cssName() + "\">"
                    + Html.escape(status.label()) + "</span>"));
        }
    }

    private StatusBadges() {
    }

    static RawString badge(Status status) {
        return BADGES.get(status);
    }
}
