package dev.jobdesk.catalog;

import static dev.jobdesk.support.Templates.editorForm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.Page;
import dev.jobdesk.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped data never overwrites an admin's edit: while a template is as shipped, a new shipped
 * version becomes the one clones take; once an admin has edited it, the shipped version is offered
 * beside their edit until they compare and adopt it.
 */
@QuarkusTest
class ShippedTemplatesTest {

    /** Its own template, a new one each run, since a database may outlive a run. */
    private static final String SLUG = "shipped-test-" + System.currentTimeMillis();

    @Inject
    TemplateLibrary library;

    @Test
    void aShippedVersionArrivesBesideAnAdminsEditAndIsTakenOnlyWhenAdopted() {
        TemplateLibrary.TemplateSeed backend = library.readSeed().get(0);
        ship(backend, 1, "As first shipped");
        assertThat(current().version).isEqualTo(1);
        assertThat(current().shippedVersion).isEqualTo(1);

        WebClient admin = WebClient.signedInAs("admin");
        Map<String, Object> form = editorForm(admin, SLUG);
        form.put("tagline", "As the admin wrote it");
        admin.post("/templates/" + SLUG, form).assertSeeOther();

        ship(backend, 2, "As shipped a second time");
        ship(backend, 2, "As shipped a second time");
        assertThat(current().version).as("the admin's edit stays the one clones take").isEqualTo(2);
        assertThat(current().tagline).isEqualTo("As the admin wrote it");
        Page offered = admin.get("/templates/" + SLUG).assertStatus(200);
        assertThat(offered.text()).contains("A newer shipped version is offered", "Adopt version 3");
        assertThat(offered.document().select("#versions tbody tr")).hasSize(3);
        assertThat(offered.document().select("#versions tbody tr").get(0).text()).contains("Offered", "Shipped with Jobdesk");
        Page compared = admin.get("/templates/" + SLUG + "/compare?from=2&to=3").assertStatus(200);
        assertThat(compared.text()).contains("What changed from version 2 to version 3");
        assertThat(WebClient.signedInAs("manager").get("/templates/" + SLUG).text())
                .doesNotContain("A newer shipped version is offered");

        admin.get("/templates/" + SLUG);
        admin.post("/templates/" + SLUG + "/adopt", "version", "3").assertSeeOther();
        assertThat(current().version).isEqualTo(4);
        assertThat(current().tagline).isEqualTo("As shipped a second time");
        assertThat(admin.get("/templates/" + SLUG).text()).doesNotContain("A newer shipped version is offered")
                .contains("Adopted the shipped version 3.");
        admin.post("/templates/" + SLUG + "/adopt", "version", "3").assertStatus(409);

        ship(backend, 3, "As shipped a third time");
        assertThat(current().version).as("adopted, the template follows the shipped versions again").isEqualTo(5);
        assertThat(current().tagline).isEqualTo("As shipped a third time");
    }

    private void ship(TemplateLibrary.TemplateSeed backend, int version, String tagline) {
        library.load(List.of(new TemplateLibrary.TemplateSeed(SLUG, version, "Shipped Test", tagline,
                backend.roleSummary(), backend.reportsTo(), backend.reportingStructure(), backend.responsibilities(),
                backend.mustHave(), backend.niceToHave(), backend.tools(), backend.levels(), backend.kpis(),
                backend.faq())));
    }

    private static JobTemplate current() {
        return QuarkusTransaction.requiringNew().call(() -> JobTemplate.findBySlug(SLUG).orElseThrow());
    }
}
