package dev.jobdesk.config;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * OpenTelemetry tracing is on exactly when an OTLP endpoint is configured
 * (QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT or …_TRACES_ENDPOINT): without a collector there is nothing
 * to send spans to, and no process should spend time making them. An explicit
 * QUARKUS_OTEL_SDK_DISABLED still wins.
 */
public class TracingSwitch implements ConfigSourceFactory {

    public static final String DISABLED = "quarkus.otel.sdk.disabled";
    static final List<String> ENDPOINTS = List.of(
            "quarkus.otel.exporter.otlp.endpoint", "quarkus.otel.exporter.otlp.traces.endpoint");

    /** The extension's own default endpoint (localhost) comes from the lowest source of all and does not count. */
    private static boolean isSetByOperator(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank()
                && value.getSourceOrdinal() > DEFAULTS_ORDINAL;
    }

    /** Below the environment, system properties and application.properties, so any of them decides instead. */
    private static final int ORDINAL = 200;
    private static final int DEFAULTS_ORDINAL = Integer.MIN_VALUE;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        boolean endpointConfigured = ENDPOINTS.stream().map(context::getValue).anyMatch(TracingSwitch::isSetByOperator);
        return List.of(new MapBackedConfigSource("jobdesk tracing switch", Map.of(DISABLED,
                String.valueOf(!endpointConfigured)), ORDINAL) {
        });
    }
}
