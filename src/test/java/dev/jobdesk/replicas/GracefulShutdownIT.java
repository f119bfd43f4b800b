package dev.jobdesk.replicas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM, as a container runtime sends it on a rolling update: a save whose request is still
 * arriving is finished and answered before the process ends on its own. The production build first
 * reports itself not ready for a few seconds while it goes on serving, so that the load balancer
 * stops sending before the shutdown proper begins.
 */
class GracefulShutdownIT extends SingleReplica {

    private static final int PORT = 18112;
    private static final String DATABASE = "jobdesk_shutdown";

    GracefulShutdownIT() {
        super(PORT, DATABASE);
    }

    @Test
    void aRequestInFlightIsFinishedBeforeTheProcessEnds() throws Exception {
        WebClient manager = startWithManager();
        long id = PostingSteps.cloneDraft(manager);
        Map<String, Object> form = PostingSteps.editForm(manager, id);
        form.put("reportsTo", "Saved during shutdown");
        byte[] body = urlEncoded(form).getBytes(StandardCharsets.UTF_8);

        try (Socket connection = new Socket("127.0.0.1", PORT)) {
            OutputStream out = connection.getOutputStream();
            out.write(("POST /postings/" + id + " HTTP/1.1\r\nHost: 127.0.0.1:" + PORT + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n"
                    + "Cookie: " + cookieHeader(manager) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, body.length / 2);
            out.flush();
            // Nothing outside the process shows that it has read the headers: give it a moment.
            Thread.sleep(300);

            replica.terminate();
            await("still running for the request in flight").during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> !replica.awaitExit(Duration.ZERO));
            if (Replica.isPostgresBuild()) {
                // The production build first tells the load balancer to stop sending, and still serves.
                await("readiness while stopping").atMost(Duration.ofSeconds(10))
                        .until(() -> status(replica.managementPort(), "/q/health/ready") == 503);
                assertThat(status(PORT, "/careers")).as("a page while stopping").isEqualTo(200);
            }

            out.write(body, body.length / 2, body.length - body.length / 2);
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertThat(statusLine).as("the answer to the request in flight").startsWith("HTTP/1.1 303");
        }
        assertThat(replica.awaitExit(Duration.ofSeconds(20))).as("ends once the request is answered").isTrue();

        replica.start();
        WebClient again = signInAsManager();
        assertThat(PostingSteps.editForm(again, id).get("reportsTo")).isEqualTo("Saved during shutdown");
    }

    private static int status(int port, String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL()
                .openConnection();
        return connection.getResponseCode();
    }

    private static String cookieHeader(WebClient client) {
        return client.cookies().entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    private static String urlEncoded(Map<String, Object> form) {
        return form.entrySet().stream()
                .flatMap(field -> (field.getValue() instanceof List<?> values ? values : List.of(field.getValue())).stream()
                        .map(value -> encode(field.getKey()) + "=" + encode(String.valueOf(value))))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
