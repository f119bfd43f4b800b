package dev.jobdesk.posting;

import dev.jobdesk.catalog.Faq;
import dev.jobdesk.catalog.Kpi;
import dev.jobdesk.catalog.Section;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A posting as Markdown, to paste into a job board, a wiki or an email: the facts, the role summary,
 * every list under the heading candidates read, the KPIs and the questions. Text is escaped so that
 * nothing a manager typed turns into markup.
 */
final class PostingMarkdown {

    /** Characters Markdown reads as markup anywhere in a line. */
    private static final Pattern INLINE_MARKUP = Pattern.compile("([\\\\`*_\\[\\]<>|])");
    /** What makes a line a heading, a list item, a quote or a rule when it starts it. */
    private static final Pattern LINE_START_MARKUP = Pattern.compile("^(\\s*)([#>+=-]|\\d+[.)])");

    private PostingMarkdown() {
    }

    static String of(PostingContent content) {
        StringBuilder md = new StringBuilder("# ").append(escape(content.title())).append("\n\n");
        fact(md, "Team", content.team());
        fact(md, "Location", content.place());
        fact(md, "Workplace", content.workplaceType().label()
                + (content.remoteAreaText().isEmpty() ? "" : ", from " + content.remoteAreaText()));
        fact(md, "Employment", content.employmentType().label());
        fact(md, "Seniority", content.seniority().label() + " · " + content.experience());
        fact(md, "Salary", content.salary() == null ? null : content.salary().display());
        fact(md, "Applications close", content.closingDate() == null ? null : content.closingDate().toString());
        fact(md, "How to apply", content.howToApply());
        md.append('\n').append(paragraphs(content.roleSummary())).append('\n');
        fact(md, "Reports to", content.reportsTo());
        if (content.reportsTo() != null) {
            md.append('\n');
        }
        for (Section section : Section.values()) {
            list(md, section.publicHeading(), content.bullets(section));
        }
        list(md, "How we measure success", content.kpis().stream().map(Kpi::toString).toList());
        if (content.reportingStructure() != null) {
            md.append("## Who you will work with\n\n").append(paragraphs(content.reportingStructure())).append('\n');
        }
        if (!content.faqs().isEmpty()) {
            md.append("## Questions candidates ask\n\n");
            for (Faq faq : content.faqs()) {
                md.append("**").append(escape(faq.question)).append("**\n\n").append(paragraphs(faq.answer)).append('\n');
            }
        }
        return md.toString();
    }

    private static void fact(StringBuilder md, String name, String value) {
        if (value != null && !value.isBlank()) {
            md.append("- **").append(name).append(":** ").append(escape(value)).append('\n');
        }
    }

    private static void list(StringBuilder md, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        md.append("## ").append(heading).append("\n\n");
        items.forEach(item -> md.append("- ").append(escape(item)).append('\n'));
        md.append('\n');
    }

    /** Text that may hold line breaks: each line escaped, and kept a line of its own. */
    private static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            out.append(LINE_START_MARKUP.matcher(escape(line)).replaceFirst("$1\\\\$2")).append("  \n");
        }
        return out.toString();
    }

    static String escape(String text) {
        return INLINE_MARKUP.matcher(text).replaceAll("\\\\$1");
    }
}
