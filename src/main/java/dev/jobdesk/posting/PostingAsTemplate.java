package dev.jobdesk.posting;

import dev.jobdesk.catalog.Faq;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.catalog.Seniority;
import dev.jobdesk.catalog.TemplateContent;
import dev.jobdesk.catalog.TemplateSources;
import dev.jobdesk.catalog.Worded;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A posting as a template, for **Save as template**: its text at its level, every line the same at each
 * level; the other levels' years and responsibilities as the template it was cloned from has them.
 */
@ApplicationScoped
class PostingAsTemplate implements TemplateSources {

    private final PostingService postings;

    PostingAsTemplate(PostingService postings) {
        this.postings = postings;
    }

    @Override
    public Optional<TemplateContent> ofPosting(long id) {
        Posting posting = postings.findReadable(id);
        PostingContent content = posting.workingContent();
        Map<Section, List<Worded>> lines = new EnumMap<>(Section.class);
        for (Section section : TemplateContent.SHARED_SECTIONS) {
            lines.put(section, content.bullets(section).stream().map(Worded::same).toList());
        }
        Map<Seniority, TemplateContent.Level> levels = new EnumMap<>(posting.origin().template().content().levels());
        levels.put(content.seniority(), new TemplateContent.Level(content.experience(), content.bullets(Section.LEVEL)));
        return Optional.of(new TemplateContent(content.title(), "Made from the posting “" + content.title() + "”.",
                Worded.same(content.roleSummary()), text(content.reportsTo()), text(content.reportingStructure()), lines,
                levels, content.kpis().stream().map(kpi -> new TemplateContent.WordedKpi(kpi.metric,
                        Worded.same(text(kpi.target)))).toList(),
                content.faqs().stream().map(faq -> new Faq(faq.question, faq.answer)).toList()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
