package dev.jobdesk.careers.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.jobdesk.support.ManagerAndLead;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The public API keeps the contract its OpenAPI document states: every answer is checked against
 * the schema the document gives for that operation and status, and carries no field the document
 * does not declare. Closed postings answer 410 as their pages do.
 */
@QuarkusTest
class PostingsApiTest extends ManagerAndLead {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SITE = "http://localhost:8080";

    @Test
    void everyAnswerKeepsTheContractOfTheOpenApiDocument() throws Exception {
        long id = PostingSteps.completeDraft(manager, "Api Engineer");
        Map<String, Object> form = PostingSteps.editForm(manager, id);
        form.putAll(Map.of("salaryMin", "70000", "salaryMax", "90000", "salaryCurrency", "EUR", "salaryPeriod", "YEAR",
                "closingDate", java.time.LocalDate.now().plusMonths(2).toString()));
        PostingSteps.save(manager, id, form).assertSeeOther();
        String careersPath = PostingSteps.publish(manager, lead, id);
        String slug = careersPath.substring("/careers/".length());
        JsonNode contract = JSON.readTree(given().get("/api/v1/openapi.json").then().statusCode(200).extract().asString());
        assertThat(contract.path("openapi").asText()).startsWith("3.");
        assertThat(contract.path("paths").size()).as("only the API, none of the HTML pages").isEqualTo(2);

        JsonNode list = keepsContract(contract, "/api/v1/postings", "200", given().get("/api/v1/postings"));
        assertThat(list.path("page").asInt()).isEqualTo(1);
        assertThat(list.path("postings").findValuesAsText("slug")).contains(slug);

        JsonNode detail = keepsContract(contract, "/api/v1/postings/{slug}", "200", given().get("/api/v1/postings/" + slug));
        assertThat(detail.path("title").asText()).isEqualTo("Api Engineer");
        assertThat(detail.path("place").path("country").asText()).isEqualTo("DE");
        assertThat(detail.path("salary").path("min").asInt()).isEqualTo(70000);
        assertThat(detail.path("url").asText()).isEqualTo(SITE + careersPath);
        assertThat(detail.path("sections").size()).isGreaterThan(2);

        String workplace = detail.path("workplaceType").asText();
        JsonNode filtered = keepsContract(contract, "/api/v1/postings", "200",
                given().queryParam("workplace", workplace).get("/api/v1/postings"));
        assertThat(filtered.path("postings").findValuesAsText("workplaceType")).isNotEmpty().containsOnly(workplace);

        PostingSteps.step(manager, id, "close").assertSeeOther();
        JsonNode closed = keepsContract(contract, "/api/v1/postings/{slug}", "410",
                given().get("/api/v1/postings/" + slug));
        assertThat(closed.path("status").asText()).isEqualTo("closed");
        assertThat(given().get("/api/v1/postings/no-such-job-1").statusCode()).isEqualTo(404);
    }

    @Test
    void answersRevalidateAndAnyOriginMayReadThem() {
        PostingSteps.publishedPosting(manager, lead, "Cors Engineer");
        Response first = given().header("Origin", "https://jobs.example.org").get("/api/v1/postings");
        assertThat(first.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(first.header("Access-Control-Allow-Credentials")).isNull();
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=60");
        assertThat(given().header("If-None-Match", first.header("ETag")).get("/api/v1/postings").statusCode())
                .isEqualTo(304);
        Response preflight = given().header("Origin", "https://jobs.example.org")
                .header("Access-Control-Request-Method", "GET").options("/api/v1/postings");
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Methods")).isEqualTo("GET");
        assertThat(given().header("Origin", "https://jobs.example.org").get("/careers").header("Access-Control-Allow-Origin"))
                .as("the pages stay same-origin").isNull();
    }

    /** The answer's JSON, after checking it against the schema the contract gives for it. */
    private static JsonNode keepsContract(JsonNode contract, String path, String status, Response answer)
            throws Exception {
        assertThat(answer.statusCode()).as(path).isEqualTo(Integer.parseInt(status));
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode schema = contract.path("paths").path(path).path("get").path("responses").path(status)
                .path("content").path("application/json").path("schema");
        assertThat(schema.isMissingNode()).as("the contract describes %s %s", path, status).isFalse();
        ObjectNode document = JSON.createObjectNode();
        document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        document.setAll((ObjectNode) schema);
        document.set("components", contract.path("components"));
        Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JSON.writeValueAsString(document), InputFormat.JSON);
        String body = answer.asString();
        assertThat(validator.validate(body, InputFormat.JSON)).as(path + " " + body).isEmpty();
        JsonNode json = JSON.readTree(body);
        onlyDeclaredFields(contract, schema, json, path);
        return json;
    }

    /** Every field of the answer is one the contract declares, at every depth. */
    private static void onlyDeclaredFields(JsonNode contract, JsonNode schema, JsonNode value, String where) {
        JsonNode resolved = resolve(contract, schema);
        if (value.isObject()) {
            JsonNode properties = resolved.path("properties");
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                assertThat(properties.has(field.getKey())).as(where + "." + field.getKey() + " is declared").isTrue();
                onlyDeclaredFields(contract, properties.path(field.getKey()), field.getValue(), where + "." + field.getKey());
            }
        } else if (value.isArray()) {
            value.forEach(item -> onlyDeclaredFields(contract, resolved.path("items"), item, where + "[]"));
        }
    }

    private static JsonNode resolve(JsonNode contract, JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String name = current.path("$ref").asText().substring("#/components/schemas/".length());
            current = contract.path("components").path("schemas").path(name);
        }
        if (current.has("anyOf") || current.has("oneOf")) {
            for (JsonNode option : current.has("anyOf") ? current.path("anyOf") : current.path("oneOf")) {
                if (option.has("$ref") || option.has("properties")) {
                    return resolve(contract, option);
                }
            }
        }
        return current;
    }
}
