package dev.jobdesk.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Sends a page that a resource returns as a {@link TemplateInstance}, once Qute's REST integration has
 * rendered it into a String, as that String's UTF-8 bytes. The built-in writer hands the String to
 * Netty, which encodes it character by character: 7% of the time of "my postings", whose layout's
 * menu icon alone makes the whole page a two-byte string. {@link String#getBytes} encodes it at
 * once. (Pages a resource answers inside a Response are rendered to bytes by {@link Utf8Pages}.)
 */
@Provider
@Produces(MediaType.TEXT_HTML)
public class RenderedPageWriter implements ServerMessageBodyWriter<Object> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target, MediaType mediaType) {
        return isPage(type);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isPage(type);
    }

    private static boolean isPage(Class<?> type) {
        return type == TemplateInstance.class || type == String.class;
    }

    @Override
    public void writeResponse(Object page, Type genericType, ServerRequestContext context) {
        context.serverResponse().end(page.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeTo(Object page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        body.write(page.toString().getBytes(StandardCharsets.UTF_8));
    }
}
