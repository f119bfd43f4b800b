package dev.jobdesk.careers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.config.JobdeskConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import org.junit.jupiter.api.Test;

/** {@code JOBDESK_CAREERS_CACHE=off}: no route serves kept pages, so every visit is rendered. */
class CareersCacheOffTest {

    @Test
    void offServesNoKeptPage() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDiscoveredConverters().withMapping(JobdeskConfig.class)
                .withDefaultValue("jobdesk.careers-cache", "off").build();
        CareersCache cache = new CareersCache(config.getConfigMapping(JobdeskConfig.class), "jobdesk-session",
                new SimpleMeterRegistry());
        Vertx vertx = Vertx.vertx();
        try {
            Router router = Router.router(vertx);
            cache.serveCachedPages(router);
            assertThat(router.getRoutes()).isEmpty();
        } finally {
            vertx.close();
        }
    }
}
