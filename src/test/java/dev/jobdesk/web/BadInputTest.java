package dev.jobdesk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input nobody's browser sends gets a 4xx and the friendly page, never a 500, and leaves no stack
 * trace in the log: a visitor must not be able to fill the operator's log with errors.
 */
@QuarkusTest
class BadInputTest {

    @TestHTTPResource("/")
    URI base;

    private final List<LogRecord> errors = new ArrayList<>();
    private final Handler errorCollector = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue() || record.getThrown() != null) {
                synchronized (errors) {
                    errors.add(record);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void collectErrors() {
        Logger.getLogger("").addHandler(errorCollector);
    }

    @AfterEach
    void noStackTraceLogged() {
        Logger.getLogger("").removeHandler(errorCollector);
        assertThat(errors).as("errors and stack traces logged").extracting(LogRecord::getMessage).isEmpty();
    }

    @ParameterizedTest(name = "/careers?page={0}")
    @ValueSource(strings = {"107374184", "2147483647", "99999999999999999999", "-5", "abc", "1e9"})
    void anyPageNumberIsAPageOrNotFound(String page) {
        int status = given().redirects().follow(false).get("/careers?page=" + page).statusCode();
        assertThat(status).isIn(200, 404);
    }

    @Test
    void aSignedInListPastItsEndIsEmpty() {
        WebClient.signedInAs("manager2").get("/postings?page=107374184").assertStatus(200);
    }

    @Test
    void moreFormFieldsThanAnyFormHasAreRefused() {
        WebClient manager = WebClient.signedInAs("manager");
        long id = PostingSteps.cloneDraft(manager);
        Map<String, Object> form = new LinkedHashMap<>(PostingSteps.editForm(manager, id));
        for (int field = 0; field < 1_500; field++) {
            form.put("junk" + field, "x");
        }
        assertThat(PostingSteps.save(manager, id, form).status()).isEqualTo(413);
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = {"application/x-www-form-urlencoded; charset=nonsense", ";;;", "text/html; boundary=",
            "multipart/form-data", "multipart/form-data; boundary=", "application/x-www-form-urlencoded; charset=\"",
            "a/b/c", "text/plain; charset=x;;", "application/json", ""})
    void aBodyThatIsNoFormIsRefusedWithThePage(String contentType) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("/j_security_check", "/logout", "/postings/1", "/templates/backend-developer/clone")) {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .header("Origin", base.toString().replaceFirst("/$", ""))
                    .POST(HttpRequest.BodyPublishers.ofString("j_username=manager&j_password=x"));
            if (!contentType.isEmpty()) {
                request.header("Content-Type", contentType);
            }
            HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("POST %s", path).isEqualTo(415);
            assertThat(answer.body()).as("POST %s", path).contains("That request couldn&#39;t be read");
            // Answered by a second pass through the routes: the headers every answer gets, once.
            assertThat(answer.headers().allValues("Content-Security-Policy")).as("POST %s", path).hasSize(1);
        }
    }
}
