package dev.jobdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8PagesTest {

    private static final Template VIEW = Engine.builder().addDefaults().build()
            .parse("<p>{first}</p>{#for text in texts}<li>{text}</li>{/for}{last}", null, "utf8-pages-test");

    private static final List<String> TEXTS = List.of("plain", "Zürich – 東京 🙂", "€", "", "ends in é",
            "é begins it", "x".repeat(70_000), "ü".repeat(40_000), "🙂".repeat(20_000),
            "é then a lone \uD83D high surrogate", "é then a lone \uDE42 low one", "é, one at the end \uD83D");

    /** Part by part, ASCII copied and the rest encoded, the bytes are those of the whole page encoded at once. */
    @Test
    void theBytesAreThePageInUtf8WhateverItsPartsHold() {
        for (int round = 0; round < 2; round++) { // the second starts from the first's size
            assertThat(Utf8Pages.render(page())).isEqualTo(page().render().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A part encoded once is copied whole, where it stands among the others; an equal copy of it is encoded as ever. */
    @Test
    void aPartEncodedOnceTakesItsPlaceAmongTheOthers() {
        String kept = "<li>Zürich ↑ ↓ ✕</li>".repeat(100);
        Utf8Pages.encodeOnce(kept);
        String copy = new String(kept.toCharArray());
        for (String part : List.of(kept, copy)) {
            TemplateInstance page = VIEW.data("first", "é").data("texts", List.of("a", "b")).data("last", part);
            assertThat(Utf8Pages.render(page)).isEqualTo(page.render().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static TemplateInstance page() {
        return VIEW.data("first", "Tab\t&<>").data("texts", TEXTS).data("last", "ß");
    }
}
