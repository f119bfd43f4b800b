package dev.jobdesk.posting;

import dev.jobdesk.catalog.Section;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The edit form as the browser posts it, bound by Quarkus REST and not yet cleaned: a field the
 * browser left out is null, a list it left out is empty. {@link PostingForm#from} makes the form of it.
 */
public record PostedForm(@RestForm String version, @RestForm String title, @RestForm String team,
                         @RestForm String location, @RestForm String region, @RestForm String country,
                         @RestForm List<String> remoteAreas,
                         @RestForm String workplaceType, @RestForm String employmentType,
                         @RestForm String seniority, @RestForm String wordedFor, @RestForm String experience,
                         @RestForm String salaryMin, @RestForm String salaryMax, @RestForm String salaryCurrency,
                         @RestForm String salaryPeriod, @RestForm String closingDate, @RestForm String howToApply,
                         @RestForm String roleSummary, @RestForm String reportsTo,
                         @RestForm String reportingStructure,
                         @RestForm("RESPONSIBILITY") List<String> responsibilities,
                         @RestForm("LEVEL") List<String> levelResponsibilities,
                         @RestForm("MUST_HAVE") List<String> mustHaves,
                         @RestForm("NICE_TO_HAVE") List<String> niceToHaves,
                         @RestForm("TOOL") List<String> tools,
                         @RestForm List<String> kpiMetric, @RestForm List<String> kpiTarget,
                         @RestForm List<String> faqQuestion, @RestForm List<String> faqAnswer,
                         @RestForm String showFaq) {

    public PostedForm {
        remoteAreas = orEmpty(remoteAreas);
        responsibilities = orEmpty(responsibilities);
        levelResponsibilities = orEmpty(levelResponsibilities);
        mustHaves = orEmpty(mustHaves);
        niceToHaves = orEmpty(niceToHaves);
        tools = orEmpty(tools);
        kpiMetric = orEmpty(kpiMetric);
        kpiTarget = orEmpty(kpiTarget);
        faqQuestion = orEmpty(faqQuestion);
        faqAnswer = orEmpty(faqAnswer);
    }

    /** The rows posted for one bullet list, in order. */
    List<String> lines(Section section) {
        return switch (section) {
            case RESPONSIBILITY -> responsibilities;
            case LEVEL -> levelResponsibilities;
            case MUST_HAVE -> mustHaves;
            case NICE_TO_HAVE -> niceToHaves;
            case TOOL -> tools;
        };
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
