package dev.jobdesk.careers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobdesk.catalog.RemoteAreas;
import dev.jobdesk.company.Company;
import dev.jobdesk.config.JobdeskConfig;
import dev.jobdesk.posting.Posting;
import dev.jobdesk.posting.PostingContent;
import dev.jobdesk.posting.SalaryRange;
import dev.jobdesk.posting.WorkplaceType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;

/**
 * The schema.org JobPosting that search engines and job boards read from a careers page. Written by
 * Jackson with {@code <}, {@code >} and {@code &} escaped, so no text can close the script element.
 */
@ApplicationScoped
public class JobPostingJsonLd {

    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private static final String SCRIPT_CLOSERS = "<>&";

        private final int[] escapes = standardAsciiEscapesForJSON();
        /** Made once: the description is HTML, so a page asks for hundreds of them. */
        private final SerializableString[] sequences = new SerializableString[128];

        ScriptSafeEscapes() {
            for (char closer : SCRIPT_CLOSERS.toCharArray()) {
                escapes[closer] = ESCAPE_CUSTOM;
                sequences[closer] = new SerializedString(String.format("\\u%04x", (int) closer));
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return sequences[ch];
        }
    }

    private final ObjectMapper json;
    private final ObjectWriter writer;
    private final JobdeskConfig config;
    private final Company company;

    JobPostingJsonLd(ObjectMapper json, JobdeskConfig config, Company company) {
        this.json = json;
        this.writer = json.writer().with(new ScriptSafeEscapes());
        this.config = config;
        this.company = company;
    }

    public String of(Posting posting, PostingContent content) {
        ObjectNode root = json.createObjectNode();
        root.put("@context", "https://schema.org/");
        root.put("@type", "JobPosting");
        root.put("title", content.title());
        root.put("description", PostingDescription.html(content));
        root.put("datePosted", posting.publication().publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        if (content.closingDate() != null) {
            root.put("validThrough", content.closingDate() + "T23:59:59Z");
        }
        root.put("employmentType", content.employmentType().jobPostingValue());
        // Candidates apply where "how to apply" sends them, not on this page.
        root.put("directApply", false);
        root.put("url", config.publicUrl() + "/careers/" + posting.slug());
        root.putObject("identifier").put("@type", "PropertyValue").put("name", company.name())
                .put("value", posting.slug());
        ObjectNode organization = root.putObject("hiringOrganization").put("@type", "Organization")
                .put("name", company.name()).put("sameAs", config.publicUrl());
        Company.Profile profile = company.profile();
        if (profile.hasLogo()) {
            organization.put("logo", config.publicUrl() + profile.logoAddress());
        }
        if (content.workplaceType() == WorkplaceType.REMOTE) {
            root.put("jobLocationType", "TELECOMMUTE");
            // Where candidates may live: a country is a Country, a region beyond one an AdministrativeArea.
            ArrayNode areas = json.createArrayNode();
            for (String code : content.remoteAreas()) {
                areas.addObject().put("@type", RemoteAreas.isCountry(code) ? "Country" : "AdministrativeArea")
                        .put("name", RemoteAreas.nameOf(code));
            }
            if (!areas.isEmpty()) {
                root.set("applicantLocationRequirements", areas);
            }
        } else if (!blank(content.location()) || !blank(content.country())) {
            ObjectNode address = root.putObject("jobLocation").put("@type", "Place").putObject("address")
                    .put("@type", "PostalAddress");
            putIfGiven(address, "addressLocality", content.location());
            putIfGiven(address, "addressRegion", content.region());
            putIfGiven(address, "addressCountry", content.country());
        }
        SalaryRange salary = content.salary();
        if (salary != null) {
            ObjectNode amount = root.putObject("baseSalary").put("@type", "MonetaryAmount")
                    .put("currency", salary.currency);
            amount.putObject("value").put("@type", "QuantitativeValue").put("minValue", salary.min)
                    .put("maxValue", salary.max).put("unitText", salary.period.name());
        }
        root.put("experienceRequirements", content.experience() + " of experience");
        try {
            return writer.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JobPosting data for " + posting.slug(), e);
        }
    }

    private static void putIfGiven(ObjectNode node, String field, String value) {
        if (!blank(value)) {
            node.put(field, value);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
