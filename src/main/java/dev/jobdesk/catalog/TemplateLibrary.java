package dev.jobdesk.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Brings the template library up to {@code seed/templates.json}, the structured form of the built-in
 * templates shipped with the app: a version the library lacks is added beside the older ones, which
 * stay as they are because postings were cloned from them. Templates are product content, so this
 * runs in every build.
 */
@ApplicationScoped
public class TemplateLibrary {

    static final String SEED = "seed/templates.json";

    private static final Logger LOG = Logger.getLogger(TemplateLibrary.class);

    /** A text that is the same at every level (a JSON string) or worded per level (an object by seniority). */
    record LevelText(String text, Map<Seniority, String> byLevel) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static LevelText of(JsonNode node) {
            if (node == null || node.isNull()) {
                return new LevelText(null, Map.of());
            }
            if (node.isTextual()) {
                return new LevelText(node.asText(), Map.of());
            }
            Map<Seniority, String> byLevel = new EnumMap<>(Seniority.class);
            node.fields().forEachRemaining(level -> byLevel.put(Seniority.valueOf(level.getKey()), level.getValue().asText()));
            if (!byLevel.keySet().equals(EnumSet.allOf(Seniority.class))) {
                throw new IllegalStateException(SEED + ": a text worded per level needs every level, not " + byLevel.keySet());
            }
            return new LevelText(byLevel.get(Seniority.MID), byLevel);
        }

        Worded worded() {
            return new Worded(text, byLevel);
        }
    }

    record LevelSeed(Seniority seniority, String experience, List<String> responsibilities) {
    }

    record KpiSeed(String metric, LevelText target) {
    }

    record FaqSeed(String question, String answer) {
    }

    record TemplateSeed(String slug, int version, String title, String tagline, LevelText roleSummary,
                        String reportsTo, String reportingStructure, List<LevelText> responsibilities,
                        List<LevelText> mustHave, List<LevelText> niceToHave, List<LevelText> tools,
                        List<LevelSeed> levels, List<KpiSeed> kpis, List<FaqSeed> faq) {

        TemplateContent content() {
            Map<Section, List<Worded>> lines = new EnumMap<>(Section.class);
            lines.put(Section.RESPONSIBILITY, worded(responsibilities));
            lines.put(Section.MUST_HAVE, worded(mustHave));
            lines.put(Section.NICE_TO_HAVE, worded(niceToHave));
            lines.put(Section.TOOL, worded(tools));
            Map<Seniority, TemplateContent.Level> byLevel = new EnumMap<>(Seniority.class);
            levels.forEach(level -> byLevel.put(level.seniority(),
                    new TemplateContent.Level(level.experience(), level.responsibilities())));
            return new TemplateContent(title, tagline, roleSummary.worded(), reportsTo, reportingStructure, lines,
                    byLevel, kpis.stream().map(kpi -> new TemplateContent.WordedKpi(kpi.metric(),
                            kpi.target() == null ? Worded.same("") : kpi.target().worded())).toList(),
                    faq.stream().map(entry -> new Faq(entry.question(), entry.answer())).toList());
        }

        private static List<Worded> worded(List<LevelText> texts) {
            return texts.stream().map(LevelText::worded).toList();
        }
    }

    private final ObjectMapper json;

    TemplateLibrary(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Adds each shipped version the library lacks. While the newest version of a template is the
     * shipped one, the new version becomes the one clones take; once an admin has edited it, the
     * shipped version is offered beside theirs, to compare and adopt, and their edit stays.
     */
    void loadSeed(@Observes StartupEvent start) {
        load(readSeed());
    }

    @Transactional
    void load(List<TemplateSeed> seeds) {
        for (TemplateSeed seed : seeds) {
            if (JobTemplate.count("slug = ?1 and shippedVersion = ?2", seed.slug(), seed.version()) > 0) {
                continue;
            }
            Optional<JobTemplate> current = JobTemplate.findBySlug(seed.slug());
            boolean edited = current.isPresent() && current.get().shippedVersion == null;
            // A fresh library numbers a shipped version as the data file does.
            int version = Math.max(JobTemplate.nextVersion(seed.slug()), seed.version());
            JobTemplate template = JobTemplate.of(seed.slug(), version, seed.content(), Instant.now());
            template.shippedVersion = seed.version();
            template.offered = edited;
            template.persist();
            LOG.infof(edited ? "Offered shipped template %s v%d beside an admin's edit" : "Added template %s v%d",
                    seed.slug(), version);
        }
    }

    List<TemplateSeed> readSeed() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException(SEED + " is missing from the application");
            }
            return json.readValue(in, new TypeReference<List<TemplateSeed>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SEED, e);
        }
    }
}
