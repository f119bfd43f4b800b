package dev.jobdesk.catalog;

import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The template editor as the browser posts it, not yet cleaned: a field left out is null, a list left
 * out is empty. A line worded per level posts its junior and senior wordings beside the mid level's,
 * row for row ({@code MUST_HAVE_JUNIOR} beside {@code MUST_HAVE}). {@link TemplateForm#from} reads it.
 */
public record TemplatePostedForm(@RestForm String version, @RestForm String title, @RestForm String tagline,
                                 @RestForm String roleSummaryJunior, @RestForm String roleSummary,
                                 @RestForm String roleSummarySenior, @RestForm String reportsTo,
                                 @RestForm String reportingStructure,
                                 @RestForm("RESPONSIBILITY_JUNIOR") List<String> responsibilitiesJunior,
                                 @RestForm("RESPONSIBILITY") List<String> responsibilities,
                                 @RestForm("RESPONSIBILITY_SENIOR") List<String> responsibilitiesSenior,
                                 @RestForm("MUST_HAVE_JUNIOR") List<String> mustHavesJunior,
                                 @RestForm("MUST_HAVE") List<String> mustHaves,
                                 @RestForm("MUST_HAVE_SENIOR") List<String> mustHavesSenior,
                                 @RestForm("NICE_TO_HAVE_JUNIOR") List<String> niceToHavesJunior,
                                 @RestForm("NICE_TO_HAVE") List<String> niceToHaves,
                                 @RestForm("NICE_TO_HAVE_SENIOR") List<String> niceToHavesSenior,
                                 @RestForm("TOOL") List<String> tools,
                                 @RestForm("experience_JUNIOR") String experienceJunior,
                                 @RestForm("experience_MID") String experienceMid,
                                 @RestForm("experience_SENIOR") String experienceSenior,
                                 @RestForm("LEVEL_JUNIOR") List<String> levelJunior,
                                 @RestForm("LEVEL_MID") List<String> levelMid,
                                 @RestForm("LEVEL_SENIOR") List<String> levelSenior,
                                 @RestForm List<String> kpiMetric, @RestForm List<String> kpiTargetJunior,
                                 @RestForm List<String> kpiTarget, @RestForm List<String> kpiTargetSenior,
                                 @RestForm List<String> faqQuestion, @RestForm List<String> faqAnswer,
                                 @RestForm String changeNote) {

    /** What the browser posted under {@code name}, a row per value; nothing for a list it left out. */
    List<String> list(String name) {
        List<String> values = switch (name) {
            case "RESPONSIBILITY_JUNIOR" -> responsibilitiesJunior;
            case "RESPONSIBILITY" -> responsibilities;
            case "RESPONSIBILITY_SENIOR" -> responsibilitiesSenior;
            case "MUST_HAVE_JUNIOR" -> mustHavesJunior;
            case "MUST_HAVE" -> mustHaves;
            case "MUST_HAVE_SENIOR" -> mustHavesSenior;
            case "NICE_TO_HAVE_JUNIOR" -> niceToHavesJunior;
            case "NICE_TO_HAVE" -> niceToHaves;
            case "NICE_TO_HAVE_SENIOR" -> niceToHavesSenior;
            case "TOOL" -> tools;
            case "LEVEL_JUNIOR" -> levelJunior;
            case "LEVEL_MID" -> levelMid;
            case "LEVEL_SENIOR" -> levelSenior;
            case "kpiMetric" -> kpiMetric;
            case "kpiTargetJunior" -> kpiTargetJunior;
            case "kpiTarget" -> kpiTarget;
            case "kpiTargetSenior" -> kpiTargetSenior;
            case "faqQuestion" -> faqQuestion;
            case "faqAnswer" -> faqAnswer;
            default -> throw new IllegalArgumentException("The template editor posts no list " + name);
        };
        return values == null ? List.of() : values;
    }

    String experience(Seniority seniority) {
        return switch (seniority) {
            case JUNIOR -> experienceJunior;
            case MID -> experienceMid;
            case SENIOR -> experienceSenior;
        };
    }
}
