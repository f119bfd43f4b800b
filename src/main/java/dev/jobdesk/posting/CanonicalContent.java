package dev.jobdesk.posting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.jobdesk.catalog.Faq;
import dev.jobdesk.catalog.Kpi;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.catalog.Seniority;
import dev.jobdesk.domain.Sha256;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A posting's content as one canonical text: what a revision keeps, and what the hash an approval is
 * bound to covers. It is written by the rules of its numbered form, never by how the entity or the
 * app's JSON settings happen to be today, so that a later change to either leaves the text, and the
 * hash, of a revision approved earlier as they were. A later form gets a new number; revisions keep
 * the number of theirs and are read by its rules.
 *
 * <p>Form 1: JSON without white space, keys in code-point order, absent values as null, every field
 * of {@link PostingContent} with enums by name and dates as ISO 8601 days.
 */
public final class CanonicalContent {

    public static final int FORM = 1;

    // Its own mapper: the app's may be configured differently one day, and this text must not change.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private CanonicalContent() {
    }

    /** The content in the current form. */
    public static String of(PostingContent content) {
        Map<String, Object> text = new TreeMap<>();
        text.put("form", FORM);
        text.put("title", content.title());
        text.put("team", content.team());
        text.put("location", content.location());
        text.put("region", content.region());
        text.put("country", content.country());
        text.put("remoteAreas", content.remoteAreas());
        text.put("workplaceType", content.workplaceType().name());
        text.put("employmentType", content.employmentType().name());
        text.put("seniority", content.seniority().name());
        text.put("experience", content.experience());
        text.put("salary", salary(content.salary()));
        text.put("closingDate", content.closingDate() == null ? null : content.closingDate().toString());
        text.put("howToApply", content.howToApply());
        text.put("roleSummary", content.roleSummary());
        text.put("reportsTo", content.reportsTo());
        text.put("reportingStructure", content.reportingStructure());
        Map<String, List<String>> bullets = new TreeMap<>();
        content.bullets().forEach((section, lines) -> bullets.put(section.name(), lines));
        text.put("bullets", bullets);
        text.put("kpis", content.kpis().stream().map(kpi -> pair("metric", kpi.metric, "target", kpi.target)).toList());
        text.put("faqs", content.faqs().stream().map(faq -> pair("question", faq.question, "answer", faq.answer)).toList());
        text.put("showFaq", content.showFaq());
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a posting's content", e);
        }
    }

    /** The content a text of form {@code form} holds. */
    public static PostingContent read(int form, String text) {
        if (form != FORM) {
            throw new IllegalArgumentException("No rules to read content of form " + form);
        }
        try {
            JsonNode json = JSON.readTree(text);
            Map<Section, List<String>> bullets = new EnumMap<>(Section.class);
            json.path("bullets").fields().forEachRemaining(
                    section -> bullets.put(Section.valueOf(section.getKey()), strings(section.getValue())));
            List<Kpi> kpis = new ArrayList<>();
            json.path("kpis").forEach(kpi -> kpis.add(new Kpi(string(kpi, "metric"), string(kpi, "target"))));
            List<Faq> faqs = new ArrayList<>();
            json.path("faqs").forEach(faq -> faqs.add(new Faq(string(faq, "question"), string(faq, "answer"))));
            JsonNode salary = json.path("salary");
            String closingDate = string(json, "closingDate");
            return new PostingContent(string(json, "title"), string(json, "team"), string(json, "location"),
                    string(json, "region"), string(json, "country"), strings(json.path("remoteAreas")),
                    WorkplaceType.valueOf(string(json, "workplaceType")),
                    EmploymentType.valueOf(string(json, "employmentType")), Seniority.valueOf(string(json, "seniority")),
                    string(json, "experience"),
                    salary.isObject() ? new SalaryRange(salary.path("min").asInt(), salary.path("max").asInt(),
                            string(salary, "currency"), SalaryPeriod.valueOf(string(salary, "period"))) : null,
                    closingDate == null ? null : LocalDate.parse(closingDate), string(json, "howToApply"),
                    string(json, "roleSummary"), string(json, "reportsTo"), string(json, "reportingStructure"), bullets,
                    kpis, faqs, json.path("showFaq").asBoolean());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not content of form " + form, e);
        }
    }

    /** SHA-256 of the text's UTF-8 bytes, in lower-case hex. */
    public static String hash(String text) {
        return Sha256.hex(text);
    }

    private static Map<String, Object> salary(SalaryRange salary) {
        if (salary == null) {
            return null;
        }
        Map<String, Object> range = new TreeMap<>();
        range.put("min", salary.min);
        range.put("max", salary.max);
        range.put("currency", salary.currency);
        range.put("period", salary.period.name());
        return range;
    }

    private static Map<String, String> pair(String firstKey, String first, String secondKey, String second) {
        Map<String, String> pair = new TreeMap<>();
        pair.put(firstKey, first);
        pair.put(secondKey, second);
        return pair;
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
