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
import java.util.Locale;
import java.util.Map;
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

        boolean varies() {
            return !byLevel.isEmpty();
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
    }

    private final ObjectMapper json;

    TemplateLibrary(ObjectMapper json) {
        this.json = json;
    }

    @Transactional
    void loadSeed(@Observes StartupEvent start) {
        for (TemplateSeed seed : readSeed()) {
            if (JobTemplate.findVersion(seed.slug(), seed.version()).isEmpty()) {
                versionOf(seed).persist();
                LOG.infof("Added template %s v%d", seed.slug(), seed.version());
            }
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

    private static JobTemplate versionOf(TemplateSeed seed) {
        JobTemplate template = new JobTemplate();
        template.slug = seed.slug();
        template.version = seed.version();
        template.title = seed.title();
        template.tagline = seed.tagline();
        template.roleSummary = seed.roleSummary().text();
        template.reportsTo = seed.reportsTo();
        template.reportingStructure = seed.reportingStructure();
        template.updatedAt = Instant.now();
        Map<Seniority, TemplateLevel> levels = new EnumMap<>(Seniority.class);
        for (LevelSeed level : seed.levels()) {
            levels.put(level.seniority(), template.addLevel(level.seniority(), level.experience(), level.responsibilities()));
        }
        wordPerLevel(levels, JobTemplate.ROLE_SUMMARY, seed.roleSummary());
        addLines(template, levels, Section.RESPONSIBILITY, seed.responsibilities());
        addLines(template, levels, Section.MUST_HAVE, seed.mustHave());
        addLines(template, levels, Section.NICE_TO_HAVE, seed.niceToHave());
        addLines(template, levels, Section.TOOL, seed.tools());
        for (int i = 0; i < seed.kpis().size(); i++) {
            KpiSeed kpi = seed.kpis().get(i);
            String variant = kpi.target() != null && kpi.target().varies() ? "kpi-" + i + "-target" : null;
            template.kpis.add(new TemplateKpi(kpi.metric(), kpi.target() == null ? null : kpi.target().text(), variant));
            wordPerLevel(levels, variant, kpi.target());
        }
        seed.faq().forEach(faq -> template.faqs.add(new Faq(faq.question(), faq.answer())));
        return template;
    }

    private static void addLines(JobTemplate template, Map<Seniority, TemplateLevel> levels, Section section,
                                 List<LevelText> texts) {
        for (int i = 0; i < texts.size(); i++) {
            LevelText text = texts.get(i);
            String variant = text.varies() ? section.name().toLowerCase(Locale.ROOT) + "-" + i : null;
            template.lines.add(new TemplateLine(section, text.text(), variant));
            wordPerLevel(levels, variant, text);
        }
    }

    private static void wordPerLevel(Map<Seniority, TemplateLevel> levels, String variant, LevelText text) {
        if (variant != null && text.varies()) {
            text.byLevel().forEach((seniority, wording) -> levels.get(seniority).texts.put(variant, wording));
        }
    }
}
