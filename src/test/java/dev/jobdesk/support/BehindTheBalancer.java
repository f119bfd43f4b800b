package dev.jobdesk.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The app as production runs it behind its load balancer: reached over HTTPS only, with HSTS as
 * the production build sends it, and X-Forwarded-For believed only from the balancer's address
 * (here one no test connects from). One profile for the tests of both, so the suite starts the app
 * once for them.
 */
public class BehindTheBalancer implements QuarkusTestProfile {

    public static final String HSTS = "Strict-Transport-Security";
    public static final String HSTS_VALUE = "max-age=31536000; includeSubDomains";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("jobdesk.https-only", "true",
                "jobdesk.response-headers.\"" + HSTS + "\"", HSTS_VALUE,
                "quarkus.http.proxy.trusted-proxies", "192.0.2.1");
    }
}
