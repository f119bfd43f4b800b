package dev.jobdesk.posting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.catalog.JobTemplate;
import dev.jobdesk.catalog.Seniority;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A template version's text is read once a level, then served as it was read: versions never change. */
@QuarkusTest
class TemplateTextsTest {

    @Inject
    TemplateTexts templateTexts;

    @Test
    void eachLevelOfAVersionIsReadOnceAndReadsAsTheTemplateDoes() {
        QuarkusTransaction.requiringNew().run(() -> {
            JobTemplate backend = JobTemplate.findBySlug("backend-developer").orElseThrow();
            PostingContent mid = templateTexts.of(backend.id, Seniority.MID);
            assertThat(mid).isEqualTo(PostingContent.ofTemplate(backend, Seniority.MID));
            assertThat(templateTexts.of(backend.id, Seniority.MID)).as("kept").isSameAs(mid);
            PostingContent senior = templateTexts.of(backend.id, Seniority.SENIOR);
            assertThat(senior).isEqualTo(PostingContent.ofTemplate(backend, Seniority.SENIOR));
            assertThat(senior.experience()).isNotEqualTo(mid.experience());
        });
    }
}
