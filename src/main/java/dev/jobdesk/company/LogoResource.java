package dev.jobdesk.company;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The company's logo, as its careers page, structured data and link previews show it: at an address
 * carrying its version, kept for a year; at any other, for an hour.
 */
@Path(LogoResource.PATH)
@PermitAll
public class LogoResource {

    static final String PATH = "/company/logo";

    private final Company company;

    LogoResource(Company company) {
        this.company = company;
    }

    @GET
    public Response logo(@RestQuery String v) {
        Company.Profile profile = company.profile();
        if (!profile.hasLogo()) {
            throw new NotFoundException();
        }
        CompanyProfile row = CompanyProfile.findById(CompanyProfile.ONLY);
        boolean current = profile.logoVersion().equals(v);
        return Response.ok(row.logo, row.logoType)
                .header("Cache-Control", current ? "public, max-age=31536000, immutable" : "public, max-age=3600")
                .header("ETag", "\"" + row.logoVersion + "\"").build();
    }
}
