package dev.jobdesk.catalog;

import java.util.List;

/** Templates built in memory, for unit tests of the rules that need no database. */
public final class SampleTemplates {

    private SampleTemplates() {
    }

    /** A small template with every section filled and all three levels. */
    public static JobTemplate backend() {
        JobTemplate template = new JobTemplate();
        template.slug = "backend-sample";
        template.version = 1;
        template.title = "Backend Developer";
        template.tagline = "Server-side work";
        template.roleSummary = "You will own the server side.";
        template.reportsTo = "Engineering Manager";
        template.reportingStructure = "Works with frontend engineers.";
        template.bullets.add(new Bullet(Section.RESPONSIBILITY, "Design APIs."));
        template.bullets.add(new Bullet(Section.MUST_HAVE, "PostgreSQL fluency."));
        template.bullets.add(new Bullet(Section.NICE_TO_HAVE, "Kafka."));
        template.bullets.add(new Bullet(Section.TOOL, "Docker"));
        template.setLevel(Seniority.JUNIOR, "1-2 years", List.of("Ship scoped endpoints under review."));
        template.setLevel(Seniority.MID, "3-5 years", List.of("Own a service end to end."));
        template.setLevel(Seniority.SENIOR, "6+ years", List.of("Set the architecture."));
        template.kpis.add(new Kpi("p95 API latency", "under 200 ms"));
        return template;
    }
}
