package dev.jobdesk.catalog;

import java.util.List;

/** Templates built in memory, for unit tests of the rules that need no database. */
public final class SampleTemplates {

    private SampleTemplates() {
    }

    /**
     * A small template with every section filled and all three levels; the role summary, the first
     * must-have and the first KPI's target are worded per level.
     */
    public static JobTemplate backend() {
        JobTemplate template = new JobTemplate();
        template.slug = "backend-sample";
        template.version = 1;
        template.title = "Backend Developer";
        template.tagline = "Server-side work";
        template.roleSummary = "You will own a part of the server side.";
        template.reportsTo = "Engineering Manager";
        template.reportingStructure = "Works with frontend engineers.";
        template.lines.add(new TemplateLine(Section.RESPONSIBILITY, "Design APIs.", null));
        template.lines.add(new TemplateLine(Section.MUST_HAVE, "3+ years of Go.", "years"));
        template.lines.add(new TemplateLine(Section.MUST_HAVE, "PostgreSQL fluency.", null));
        template.lines.add(new TemplateLine(Section.NICE_TO_HAVE, "Kafka.", null));
        template.lines.add(new TemplateLine(Section.TOOL, "Docker", null));
        template.kpis.add(new TemplateKpi("p95 API latency", "under 200 ms", null));
        template.kpis.add(new TemplateKpi("Reviews", "5 a week", "reviews"));
        level(template, Seniority.JUNIOR, "1-2 years", "Ship scoped endpoints under review.", "You will build parts of it.",
                "1+ year of Go.", "2 a week");
        level(template, Seniority.MID, "3-5 years", "Own a service end to end.", template.roleSummary,
                "3+ years of Go.", "5 a week");
        level(template, Seniority.SENIOR, "6+ years", "Set the architecture.", "You will shape it.",
                "6+ years of Go.", "8 a week");
        return template;
    }

    private static void level(JobTemplate template, Seniority seniority, String experience, String responsibility,
                              String summary, String years, String reviews) {
        TemplateLevel level = template.addLevel(seniority, experience, List.of(responsibility));
        level.texts.put(JobTemplate.ROLE_SUMMARY, summary);
        level.texts.put("years", years);
        level.texts.put("reviews", reviews);
    }
}
