package dev.jobdesk.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Templates built in memory, for unit tests of the rules that need no database. */
public final class SampleTemplates {

    private SampleTemplates() {
    }

    /**
     * A small template with every section filled and all three levels; the role summary, the first
     * must-have and the second KPI's target are worded per level.
     */
    public static JobTemplate backend() {
        return JobTemplate.of("backend-sample", 1, backendContent(), Instant.EPOCH);
    }

    public static TemplateContent backendContent() {
        return new TemplateContent("Backend Developer", "Server-side work",
                Worded.of("You will build parts of it.", "You will own a part of the server side.", "You will shape it."),
                "Engineering Manager", "Works with frontend engineers.",
                Map.of(Section.RESPONSIBILITY, List.of(Worded.same("Design APIs.")),
                        Section.MUST_HAVE, List.of(Worded.of("1+ year of Go.", "3+ years of Go.", "6+ years of Go."),
                                Worded.same("PostgreSQL fluency.")),
                        Section.NICE_TO_HAVE, List.of(Worded.same("Kafka.")),
                        Section.TOOL, List.of(Worded.same("Docker"))),
                Map.of(Seniority.JUNIOR, new TemplateContent.Level("1-2 years", List.of("Ship scoped endpoints under review.")),
                        Seniority.MID, new TemplateContent.Level("3-5 years", List.of("Own a service end to end.")),
                        Seniority.SENIOR, new TemplateContent.Level("6+ years", List.of("Set the architecture."))),
                List.of(new TemplateContent.WordedKpi("p95 API latency", Worded.same("under 200 ms")),
                        new TemplateContent.WordedKpi("Reviews", Worded.of("2 a week", "5 a week", "8 a week"))),
                List.of());
    }
}
