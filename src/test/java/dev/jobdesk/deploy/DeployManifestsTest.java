package dev.jobdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.jobdesk.support.Management;
import dev.jobdesk.support.WebClient;
import dev.jobdesk.config.ProductionGuard;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs here, so the deployment files are checked against the application instead:
 * the names, ports and paths in deploy/ must be the ones Jobdesk actually uses.
 */
@QuarkusTest
class DeployManifestsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path DEPLOY = Path.of("deploy");

    private static JsonNode yaml(String file) throws IOException {
        return YAML.readTree(DEPLOY.resolve(file).toFile());
    }

    private static JsonNode container() throws IOException {
        return yaml("k8s/deployment.yaml").at("/spec/template/spec/containers/0");
    }

    /** QUARKUS_DATASOURCE_JDBC_URL for quarkus.datasource.jdbc.url, as Quarkus maps environment variables. */
    private static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    @Test
    void theDeploymentRunsTwoReplicasWithProbesOnTheHealthEndpoints() throws IOException {
        JsonNode deployment = yaml("k8s/deployment.yaml");
        assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(2);
        JsonNode container = container();
        String ready = container.at("/readinessProbe/httpGet/path").asText();
        String live = container.at("/livenessProbe/httpGet/path").asText();
        assertThat(ready).isEqualTo("/q/health/ready");
        assertThat(live).isEqualTo("/q/health/live");
        assertThat(container.at("/readinessProbe/httpGet/port").asText()).isEqualTo("management");
        assertThat(container.at("/livenessProbe/httpGet/port").asText()).isEqualTo("management");
        Management.get(ready).then().statusCode(200);
        Management.get(live).then().statusCode(200);
        assertThat(container.at("/resources/requests/memory").asText()).isNotEmpty();
        assertThat(container.at("/resources/limits/memory").asText()).isNotEmpty();
    }

    @Test
    void portsAgreeFromContainerToServiceAndImage() throws IOException {
        JsonNode port = container().at("/ports/0");
        assertThat(port.at("/containerPort").asInt()).isEqualTo(8080);
        assertThat(yaml("k8s/service.yaml").at("/spec/ports/0/targetPort").asText()).isEqualTo(port.at("/name").asText());
        assertThat(yaml("k8s/ingress.yaml").at("/spec/rules/0/http/paths/0/backend/service/name").asText())
                .isEqualTo(yaml("k8s/service.yaml").at("/metadata/name").asText());
        String dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));
        assertThat(dockerfile).contains("EXPOSE 8080 9000", "QUARKUS_HTTP_PORT=8080", "QUARKUS_MANAGEMENT_PORT=9000",
                "/dev/tcp/127.0.0.1/9000", "/q/health/ready", "USER jobdesk");
        assertThat(container().at("/ports/1/containerPort").asInt()).isEqualTo(9000);
        assertThat(yaml("k8s/service.yaml").at("/spec/ports").size()).as("the Service routes the public port only").isEqualTo(1);
        assertThat(yaml("compose.yaml").at("/services/app/ports/0").asText()).endsWith(":8080");
    }

    /**
     * The README's run command, the image and the benchmark start the JVM alike, the option that keeps
     * each thread's file buffers small included (the README says why). The class-data archive is the
     * embedded build's (the benchmark adds it where the build has one; the image has its AOT cache).
     */
    @Test
    void theReadmeTheImageAndTheBenchmarkStartTheJvmWithTheSameOptions() throws IOException {
        String readme = between(Files.readString(Path.of("README.md")), "MALLOC_ARENA_MAX=2 java ", " -XX:SharedArchiveFile=");
        String image = between(Files.readString(DEPLOY.resolve("Dockerfile")), "JAVA_OPTS=\"",
                " -XX:+ExitOnOutOfMemoryError\"");
        String benchmark = between(Files.readString(Path.of("src/bench/benchmark.sh")), "JAVA_OPTS=${JAVA_OPTS:-", "}");
        assertThat(readme).contains("-Xmx112m", "-Djdk.nio.maxCachedBufferSize=262144")
                .isEqualTo(image).isEqualTo(benchmark);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("%s is there", start).isNotNegative();
        from += start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    @Test
    void everyRequiredSettingIsGivenAndSecretsComeFromTheSecret() throws IOException {
        Set<String> deploymentEnv = new HashSet<>();
        Set<String> secretKeys = new HashSet<>();
        JsonNode secret = yaml("k8s/secret.example.yaml");
        for (JsonNode env : container().at("/env")) {
            deploymentEnv.add(env.at("/name").asText());
            JsonNode ref = env.at("/valueFrom/secretKeyRef");
            if (!ref.isMissingNode()) {
                assertThat(ref.at("/name").asText()).isEqualTo(secret.at("/metadata/name").asText());
                secretKeys.add(ref.at("/key").asText());
            }
        }
        Set<String> composeEnv = new HashSet<>();
        yaml("compose.yaml").at("/services/app/environment").fieldNames().forEachRemaining(composeEnv::add);
        for (String setting : ProductionGuard.REQUIRED_SETTINGS) {
            assertThat(deploymentEnv).contains(environmentName(setting));
            assertThat(composeEnv).contains(environmentName(setting));
        }
        assertThat(secretKeys).containsExactlyInAnyOrder("database-username", "database-password", "session-encryption-key",
                "initial-admin-username", "initial-admin-password", "smtp-username", "smtp-password");
        for (String setting : List.of("jobdesk.initial-admin.username", "jobdesk.initial-admin.password")) {
            assertThat(deploymentEnv).contains(environmentName(setting));
            assertThat(composeEnv).contains(environmentName(setting));
        }
        secret.at("/stringData").fieldNames().forEachRemaining(key -> assertThat(secretKeys).contains(key));
    }

    @Test
    void thePodDisruptionBudgetAndServiceSelectTheDeploymentsPods() throws IOException {
        JsonNode labels = yaml("k8s/deployment.yaml").at("/spec/template/metadata/labels");
        assertThat(yaml("k8s/pdb.yaml").at("/spec/selector/matchLabels")).isEqualTo(labels);
        assertThat(yaml("k8s/service.yaml").at("/spec/selector")).isEqualTo(labels);
    }
}
