package dev.jobdesk.careers;

import dev.jobdesk.catalog.Kpi;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.posting.PostingContent;
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
        StringBuilder html = new StringBuilder("<p>").append(escape(content.roleSummary())).append("</p>");
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
        html.append("<h3>").append(escape(heading)).append("</h3><ul>");
        items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
        html.append("</ul>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
