package dev.jobdesk.catalog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one version of a template says, as one value: what the shipped data file and the admin's
 * editor give, and what a {@link JobTemplate} version is made of and reads back as.
 */
public record TemplateContent(String title, String tagline, Worded roleSummary, String reportsTo,
                              String reportingStructure, Map<Section, List<Worded>> lines,
                              Map<Seniority, Level> levels, List<WordedKpi> kpis, List<Faq> faqs) {

    /** The sections whose lines a template keeps for every level, {@link Section#LEVEL} being each level's own. */
    public static final List<Section> SHARED_SECTIONS =
            List.of(Section.RESPONSIBILITY, Section.MUST_HAVE, Section.NICE_TO_HAVE, Section.TOOL);

    /** A level's years and its own responsibilities. */
    public record Level(String experience, List<String> responsibilities) {
        public Level {
            responsibilities = List.copyOf(responsibilities);
        }
    }

    /** A KPI whose target may read differently at each level; a KPI without a target has a blank one. */
    public record WordedKpi(String metric, Worded target) {
    }

    public TemplateContent {
        EnumMap<Section, List<Worded>> every = new EnumMap<>(Section.class);
        for (Section section : SHARED_SECTIONS) {
            every.put(section, List.copyOf(lines.getOrDefault(section, List.of())));
        }
        lines = Map.copyOf(every);
        levels = Map.copyOf(levels);
        if (levels.size() != Seniority.values().length) {
            throw new IllegalArgumentException("A template needs every level, not " + levels.keySet());
        }
        kpis = List.copyOf(kpis);
        faqs = List.copyOf(faqs);
    }

    public List<Worded> lines(Section section) {
        return lines.getOrDefault(section, List.of());
    }
}
