package dev.jobdesk.posting;

import static dev.jobdesk.support.PostingSteps.careersPath;
import static dev.jobdesk.support.PostingSteps.completeDraft;
import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.publish;
import static dev.jobdesk.support.PostingSteps.save;
import static dev.jobdesk.support.PostingSteps.status;
import static dev.jobdesk.support.PostingSteps.step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.ManagerAndLead;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A closed posting offers Reopen (same address, same text) and Duplicate (a new draft to post it again). */
@QuarkusTest
class ReopenAndDuplicateTest extends ManagerAndLead {

    @Inject
    DataSource dataSource;

    private final WebClient visitor = WebClient.anonymous();

    @Test
    void aClosedPostingIsReopenedAtTheSameAddressWithTheSameText() {
        long id = completeDraft(manager, "Reopened Engineer");
        String live = publish(manager, lead, id);
        step(manager, id, "close").assertSeeOther();
        assertThat(visitor.get(live).status()).isEqualTo(410);
        Page closed = manager.get("/postings/" + id);
        assertThat(closed.text()).contains("Reopen", "Duplicate");

        assertThat(step(manager, id, "reopen").assertSeeOther()).isEqualTo("/postings/" + id);
        assertThat(status(manager, id)).isEqualTo("published");
        assertThat(careersPath(manager, id)).isEqualTo(live);
        assertThat(visitor.get(live).assertStatus(200).text()).contains("Reopened Engineer");
        assertThat(visitor.get("/careers?q=reopened").text()).contains("Reopened Engineer");
        assertThat(manager.get("/postings/" + id).text()).contains("Reopened by Maya Manager")
                .doesNotContain("Reopen this posting");
        assertThat(step(manager, id, "reopen").assertStatus(409).text()).contains("can't be reopened");
    }

    @Test
    void aPostingWhoseClosingDateHasPassedIsNotReopened() throws SQLException {
        long id = completeDraft(manager, "Past Closing Engineer");
        Map<String, Object> form = editForm(manager, id);
        form.put("closingDate", LocalDate.now().plusDays(30).toString());
        save(manager, id, form).assertSeeOther();
        publish(manager, lead, id);
        step(manager, id, "close").assertSeeOther();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement past = connection.prepareStatement(
                     "update posting set closing_date = ? where id = ?")) {
            past.setObject(1, LocalDate.now().minusDays(2));
            past.setLong(2, id);
            past.executeUpdate();
        }
        assertThat(step(manager, id, "reopen").assertStatus(409).text())
                .contains("has passed, so it can't be reopened", "Duplicate it to post it again");
        assertThat(status(manager, id)).isEqualTo("closed");
    }

    @Test
    void duplicateMakesANewDraftWithTheSameContentForItsOwnerOnly() {
        long id = completeDraft(manager, "Duplicated Engineer");
        publish(manager, lead, id);
        step(manager, id, "close").assertSeeOther();

        String edit = step(manager, id, "duplicate").assertSeeOther();
        Matcher copy = Pattern.compile("/postings/(\\d+)/edit").matcher(edit);
        assertThat(copy.matches()).as(edit).isTrue();
        long copyId = Long.parseLong(copy.group(1));
        assertThat(copyId).isNotEqualTo(id);
        Page draft = manager.get(edit).assertStatus(200);
        assertThat(draft.text()).contains("Duplicated: this is a new draft with the same content.");
        assertThat(draft.fieldValue("title")).isEqualTo("Duplicated Engineer");
        assertThat(draft.fieldValue("team")).isEqualTo("Platform");
        assertThat(status(manager, copyId)).isEqualTo("draft");
        assertThat(status(manager, id)).as("the original stays as it was").isEqualTo("closed");
        assertThat(manager.get("/postings/" + copyId).text()).contains("Duplicated from \"Duplicated Engineer\"");

        WebClient other = WebClient.signedInAs("manager2");
        other.get("/postings"); // for the CSRF token a real form would carry
        assertThat(other.post("/postings/" + id + "/duplicate", "version", "0").status()).isEqualTo(404);
        assertThat(other.post("/postings/" + id + "/reopen", "version", "0").status()).isEqualTo(404);
    }
}
