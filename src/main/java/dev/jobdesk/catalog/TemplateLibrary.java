package dev.jobdesk.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Keeps the template library in step with {@code seed/templates.json}, the structured form of the
 * built-in templates shipped with the app. A template is added when missing and replaced when the
 * file carries a newer version; templates are product content, so this runs in every build.
 */
@ApplicationScoped
public class TemplateLibrary {

    static final String SEED = "seed/templates.json";

    private static final Logger LOG = Logger.getLogger(TemplateLibrary.class);

    record LevelSeed(Seniority seniority, String experience, List<String> responsibilities) {
    }

    record KpiSeed(String metric, String target) {
    }

    record FaqSeed(String question, String answer) {
    }

    record TemplateSeed(String slug, int version, String title, String tagline, String roleSummary,
                        String reportsTo, String reportingStructure, List<String> responsibilities,
                        List<String> mustHave, List<String> niceToHave, List<String> tools,
                        List<LevelSeed> levels, List<KpiSeed> kpis, List<FaqSeed> faq) {
    }

    private final ObjectMapper json;

    TemplateLibrary(ObjectMapper json) {
        this.json = json;
    }

    @Transactional
    void loadSeed(@Observes StartupEvent start) {
        for (TemplateSeed seed : readSeed()) {
            JobTemplate template = JobTemplate.findBySlug(seed.slug()).orElse(null);
            if (template == null) {
                template = new JobTemplate();
                apply(seed, template);
                template.persist();
                LOG.infof("Added template %s v%d", seed.slug(), seed.version());
            } else if (template.version < seed.version()) {
                apply(seed, template);
                LOG.infof("Updated template %s to v%d", seed.slug(), seed.version());
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

    private static void apply(TemplateSeed seed, JobTemplate template) {
        template.slug = seed.slug();
        template.version = seed.version();
        template.title = seed.title();
        template.tagline = seed.tagline();
        template.roleSummary = seed.roleSummary();
        template.reportsTo = seed.reportsTo();
        template.reportingStructure = seed.reportingStructure();
        template.updatedAt = Instant.now();
        template.bullets.clear();
        addBullets(template, Section.RESPONSIBILITY, seed.responsibilities());
        addBullets(template, Section.MUST_HAVE, seed.mustHave());
        addBullets(template, Section.NICE_TO_HAVE, seed.niceToHave());
        addBullets(template, Section.TOOL, seed.tools());
        for (LevelSeed level : seed.levels()) {
            template.setLevel(level.seniority(), level.experience(), level.responsibilities());
        }
        template.kpis.clear();
        seed.kpis().forEach(kpi -> template.kpis.add(new Kpi(kpi.metric(), kpi.target())));
        template.faqs.clear();
        seed.faq().forEach(faq -> template.faqs.add(new Faq(faq.question(), faq.answer())));
    }

    private static void addBullets(JobTemplate template, Section section, List<String> texts) {
        texts.forEach(text -> template.bullets.add(new Bullet(section, text)));
    }
}
