package dev.jobdesk.company;

import static dev.jobdesk.support.PostingSteps.completeDraft;
import static dev.jobdesk.support.PostingSteps.editForm;
import static dev.jobdesk.support.PostingSteps.publish;
import static dev.jobdesk.support.PostingSteps.save;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobdesk.support.ManagerAndLead;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Teams are a list the admin keeps at /admin/teams: postings choose from it, renaming and merging
 * reach every posting of the team at once, live ones on the careers page included.
 */
@QuarkusTest
class TeamsTest extends ManagerAndLead {

    private WebClient admin;

    @BeforeEach
    void signInAsAdmin() {
        admin = WebClient.signedInAs("admin");
    }

    @Test
    void theDemoTeamsAreThereForAFirstPosting() {
        assertThat(admin.get("/admin/teams").assertStatus(200).document().select("tbody strong").eachText())
                .contains("Payments", "Platform", "Data");
        long id = PostingSteps.cloneDraft(manager);
        assertThat(manager.get("/postings/" + id + "/edit").document().select("#team option").eachText())
                .contains("Payments", "Platform", "Data");
    }

    @Test
    void oneTeamWhateverItsCaseOrSpacing() {
        String name = "Search Quality " + System.nanoTime();
        admin.get("/admin/teams");
        admin.post("/admin/teams", "name", "  " + name.replace(" ", "   ") + " ").assertSeeOther();
        assertThat(admin.get("/admin/teams").document().select("tbody strong").eachText()).contains(name);

        Page again = admin.post("/admin/teams", "name", name.toUpperCase() + " ").assertStatus(400);
        assertThat(again.text()).contains("There is a team called " + name + " already. To make two teams one, merge them.");
        assertThat(again.fieldValue("name")).isEqualTo(name.toUpperCase());
        assertThat(admin.post("/admin/teams", "name", " ").assertStatus(400).text()).contains("Nothing was added");
        assertThat(admin.post("/admin/teams", "name", "x".repeat(Team.MAX_NAME + 1)).assertStatus(400).html())
                .contains("id=\"name-error\"");
    }

    @Test
    void aPostingChoosesItsTeamFromTheListOnly() {
        long id = completeDraft(manager, "Chooses a team");
        Map<String, Object> form = editForm(manager, id);
        form.put("team", "A team nobody added");
        Page refused = save(manager, id, form).assertStatus(400);
        assertThat(refused.html()).contains("id=\"team-error\"");
        assertThat(refused.text()).contains("Choose the team from the list.");

        form.put("team", "Payments");
        save(manager, id, form).assertSeeOther();
        assertThat(manager.get("/postings/" + id + "/edit").fieldValue("team")).isEqualTo("Payments");
    }

    @Test
    void renamingReachesEveryPostingOfTheTeamLiveOnesAndTheSearchIncluded() {
        String before = PostingSteps.team("Ledger " + System.nanoTime());
        long id = postingIn(before, "Renamed team engineer");
        String live = publish(manager, lead, id);
        long draft = postingIn(before, "Renamed team draft");
        long teamId = idOf(before);
        String after = "Accounting core " + System.nanoTime();

        WebClient visitor = WebClient.anonymous();
        // Seen in the list before the rename, so that its card is kept: the rename must reach it all the same.
        assertThat(visitor.get("/careers?q=" + before.split(" ")[1]).document().select(".team-group h2").eachText())
                .anyMatch(heading -> heading.startsWith(before));
        // A draft's page and editor seen before too, so that they are kept: the rename must reach them as well.
        assertThat(manager.get("/postings/" + draft).text()).contains(before);
        assertThat(manager.get("/postings/" + draft + "/edit").fieldValue("team")).isEqualTo(before);
        admin.get("/admin/teams/" + teamId).assertStatus(200);
        Page invalid = admin.post("/admin/teams/" + teamId, "name", "").assertStatus(400);
        assertThat(invalid.text()).contains("Nothing was changed");
        admin.post("/admin/teams/" + teamId, "name", after).assertSeeOther();

        assertThat(visitor.get(live).text()).contains(after).doesNotContain(before);
        assertThat(visitor.get("/careers").document().select(".team-group h2").eachText())
                .anyMatch(heading -> heading.startsWith(after));
        assertThat(visitor.get("/careers?q=" + after.split(" ")[2]).document().select(".team-group h2").eachText())
                .containsExactly(after + " 1 open position");
        assertThat(visitor.get("/careers?q=" + before.split(" ")[1]).text()).doesNotContain("Renamed team engineer");
        assertThat(manager.get("/postings/" + id).text()).contains(after);
        assertThat(manager.get("/postings/" + draft).text()).contains(after).doesNotContain(before);
        Page editor = manager.get("/postings/" + draft + "/edit");
        assertThat(editor.fieldValue("team")).isEqualTo(after);
        assertThat(editor.document().select("#team option").eachText()).contains(after).doesNotContain(before);
    }

    @Test
    void aTeamAddedAfterAnEditorWasSeenIsOfferedInIt() {
        long id = completeDraft(manager, "Sees a new team");
        String added = "Observability " + System.nanoTime();
        assertThat(manager.get("/postings/" + id + "/edit").document().select("#team option").eachText())
                .doesNotContain(added);

        admin.get("/admin/teams");
        admin.post("/admin/teams", "name", added).assertSeeOther();

        assertThat(manager.get("/postings/" + id + "/edit").document().select("#team option").eachText())
                .contains(added);
    }

    @Test
    void eachTeamCountsThePostingsThatNameItOnceAndTheLiveOnes() {
        String first = PostingSteps.team("Ledger " + System.nanoTime());
        String second = PostingSteps.team("Billing " + System.nanoTime());
        long id = postingIn(first, "Counted team engineer");
        publish(manager, lead, id);
        Map<String, Object> correction = editForm(manager, id);
        correction.put("team", second);
        save(manager, id, correction).assertSeeOther();

        assertThat(admin.get("/admin/teams/" + idOf(first)).text()).contains("1 posting, 1 live");
        assertThat(admin.get("/admin/teams/" + idOf(second)).text()).contains("1 posting, 0 live");
        assertThat(admin.get("/admin/teams").document().select("tbody tr").eachText())
                .contains(first + " 1 (1 live) Rename or merge " + first, second + " 1 Rename or merge " + second);
        assertThat(admin.post("/admin/teams/" + idOf(second) + "/remove").assertStatus(409).text())
                .contains(second + " has postings, so it stays");
    }

    @Test
    void mergingMovesThePostingsAndRemovesTheTeam() {
        String kept = PostingSteps.team("Infra " + System.nanoTime());
        String merged = PostingSteps.team("Infrastructure " + System.nanoTime());
        long id = postingIn(merged, "Merged team engineer");
        long mergedId = idOf(merged);

        Page teamPage = admin.get("/admin/teams/" + mergedId).assertStatus(200);
        assertThat(teamPage.text()).contains("1 posting, 0 live").doesNotContain("Remove team");
        assertThat(admin.post("/admin/teams/" + mergedId + "/merge", "into", String.valueOf(mergedId))
                .assertStatus(409).text()).contains("Choose another team to merge " + merged + " into.");
        assertThat(admin.post("/admin/teams/" + mergedId + "/remove").assertStatus(409).text())
                .contains(merged + " has postings, so it stays: merge it into another team instead.");

        admin.post("/admin/teams/" + mergedId + "/merge", "into", String.valueOf(idOf(kept))).assertSeeOther();
        assertThat(admin.get("/admin/teams/" + mergedId).status()).isEqualTo(404);
        assertThat(manager.get("/postings/" + id + "/edit").fieldValue("team")).isEqualTo(kept);
        assertThat(admin.post("/admin/teams/" + idOf(kept) + "/merge", "into", "999999999").status()).isEqualTo(404);
    }

    @Test
    void aTeamNoPostingNamesCanBeRemoved() {
        String name = PostingSteps.team("Short-lived " + System.nanoTime());
        long id = idOf(name);
        assertThat(admin.get("/admin/teams/" + id).text()).contains("No posting names this team.", "Remove team");
        admin.post("/admin/teams/" + id + "/remove").assertSeeOther();
        assertThat(admin.get("/admin/teams").document().select("tbody strong").eachText()).doesNotContain(name);
        assertThat(admin.post("/admin/teams/" + id + "/remove").status()).isEqualTo(404);
    }

    private long postingIn(String team, String title) {
        long id = completeDraft(manager, title);
        Map<String, Object> form = editForm(manager, id);
        form.put("team", team);
        save(manager, id, form).assertSeeOther();
        return id;
    }

    private static long idOf(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Team.byName(name).orElseThrow().id);
    }
}
