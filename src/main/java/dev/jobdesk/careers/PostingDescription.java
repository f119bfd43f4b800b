package dev.jobdesk.careers;

import dev.jobdesk.catalog.Kpi;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.posting.PostingContent;
import dev.jobdesk.web.Html;
import java.util.List;

/**
 * A posting's text as the HTML fragment that structured data, feeds and job boards take as its
 * description: the role summary, then each list under the heading candidates read. Every text is
 * escaped; the only markup is this class's own.
 */
final class PostingDescription {

    private PostingDescription() {
    }

    static String html(PostingContent content) {
        StringBuilder html = new StringBuilder("<p>").append(Html.escape(content.roleSummary())).append("</p>");
        for (Section section : Section.values()) {
            list(html, section.publicHeading(), content.bullets(section));
        }
        list(html, "How we measure success", content.kpis().stream().map(Kpi::toString).toList());
        return html.toString();
    }

    private static void list(StringBuilder html, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        html.append("<h3>").append(Html.escape(heading)).append("</h3><ul>");
        items.forEach(item -> html.append("<li>").append(Html.escape(item)).append("</li>"));
        html.append("</ul>");
    }
}
