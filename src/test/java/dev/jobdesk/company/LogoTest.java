package dev.jobdesk.company;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobdesk.support.Page;
import dev.jobdesk.support.PostingSteps;
import dev.jobdesk.support.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The company's logo: a PNG, JPEG or WebP of at most 1 MB, known by its content, shown on the
 * careers page, in JobPosting data and link previews, and served at a versioned address.
 */
@QuarkusTest
class LogoTest {

    @AfterEach
    void removeTheLogo() {
        WebClient admin = WebClient.signedInAs("admin");
        admin.get("/admin/settings");
        admin.post("/admin/settings/logo/remove").assertSeeOther();
    }

    @Test
    void anUploadedLogoShowsWhereverTheCompanyDoes() throws Exception {
        WebClient admin = WebClient.signedInAs("admin");
        admin.get("/admin/settings");
        byte[] png = png();
        // Named and typed as something else: its bytes say what it is.
        admin.upload("/admin/settings/logo", "logo", "logo.gif", png, "image/gif").assertSeeOther();

        Page careers = WebClient.anonymous().get("/careers").assertStatus(200);
        String address = careers.document().selectFirst("img.company-logo").attr("src");
        assertThat(address).matches("/company/logo\\?v=[0-9a-f]{12}");
        Page logo = WebClient.anonymous().get(address).assertStatus(200);
        assertThat(logo.response().contentType()).isEqualTo("image/png");
        assertThat(logo.response().asByteArray()).isEqualTo(png);
        assertThat(logo.response().header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(logo.response().header("X-Content-Type-Options")).isEqualTo("nosniff");

        String live = PostingSteps.publishedPosting(WebClient.signedInAs("manager"), WebClient.signedInAs("lead"),
                "Logo Engineer");
        Page posting = WebClient.anonymous().get(live);
        assertThat(new ObjectMapper().readTree(posting.jsonLd()).path("hiringOrganization").path("logo").asText())
                .isEqualTo("http://localhost:8080" + address);
        assertThat(posting.document().selectFirst("meta[property=og:image]").attr("content"))
                .isEqualTo("http://localhost:8080" + address);
    }

    @Test
    void onlyARealImageOfAtMostAMegabyteIsTaken() {
        WebClient admin = WebClient.signedInAs("admin");
        admin.get("/admin/settings");
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        Page refused = admin.upload("/admin/settings/logo", "logo", "logo.png", svg, "image/png").assertStatus(400);
        assertThat(refused.text()).contains("Upload a PNG, JPEG or WebP image");

        byte[] tooLarge = new byte[Settings.MAX_LOGO_BYTES + 1];
        tooLarge[0] = (byte) 0xFF;
        tooLarge[1] = (byte) 0xD8;
        tooLarge[2] = (byte) 0xFF;
        assertThat(admin.upload("/admin/settings/logo", "logo", "big.jpg", tooLarge, "image/jpeg").assertStatus(400).text())
                .contains("Use an image of at most 1 MB");
        WebClient.anonymous().get("/company/logo").assertStatus(404);
        // The table of every route posts plain forms, which this route does not take: here as it is used.
        WebClient manager = WebClient.signedInAs("manager");
        manager.get("/postings");
        manager.upload("/admin/settings/logo", "logo", "logo.png", svg, "image/png").assertStatus(403);
        assertThat(WebClient.anonymous().upload("/admin/settings/logo", "logo", "logo.png", svg, "image/png").status())
                .isIn(302, 303, 401, 400);
        assertThat(WebClient.anonymous().get("/careers").document().selectFirst("img.company-logo")).isNull();
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x2251c7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
