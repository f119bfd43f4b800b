package dev.jobdesk.support;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;

/** The management interface of the app under test: health and metrics, on a port of their own. */
public final class Management {

    private Management() {
    }

    public static Response get(String path) {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        return RestAssured.given().baseUri("http://127.0.0.1").port(port).get(path);
    }
}
