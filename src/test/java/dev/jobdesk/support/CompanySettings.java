package dev.jobdesk.support;

/** The company's settings as a fresh install has them, for tests that change them to put back. */
public final class CompanySettings {

    private CompanySettings() {
    }

    public static void putTheDefaultsBack() {
        WebClient admin = WebClient.signedInAs("admin");
        admin.get("/admin/settings");
        admin.post("/admin/settings", Form.of("name", "Jobdesk", "introduction", "", "benefits", "", "timeZone", "UTC"))
                .assertSeeOther();
    }
}
