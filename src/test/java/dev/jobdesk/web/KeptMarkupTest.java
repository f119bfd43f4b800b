package dev.jobdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class KeptMarkupTest {

    private static final Template VIEW = Engine.builder().addDefaults().build()
            .parse("<ul>{#for line in lines}<li>{line}</li>{/for}</ul>");

    private final List<List<String>> rendered = new ArrayList<>();
    private final Function<List<String>, TemplateInstance> view = lines -> {
        rendered.add(lines);
        return VIEW.data("lines", lines);
    };
    private final KeptMarkup markup = new KeptMarkup();

    @Test
    void anEqualValueIsRenderedOnceWhicheverCopyAsksForIt() {
        List<String> lines = new ArrayList<>(List.of("Ship it.", "Mentor."));

        String first = markup.of("lines", lines, view).getValue();
        String again = markup.of("lines", List.of("Ship it.", "Mentor."), view).getValue();

        assertThat(first).isEqualTo("<ul><li>Ship it.</li><li>Mentor.</li></ul>").isEqualTo(again);
        assertThat(rendered).hasSize(1);
    }

    @Test
    void aValueThatDiffersInAnyPartIsRenderedForItself() {
        markup.of("lines", List.of("Ship it.", "Mentor."), view);

        String reordered = markup.of("lines", List.of("Mentor.", "Ship it."), view).getValue();
        String reworded = markup.of("lines", List.of("Ship it.", "Mentor others."), view).getValue();

        assertThat(reordered).isEqualTo("<ul><li>Mentor.</li><li>Ship it.</li></ul>");
        assertThat(reworded).isEqualTo("<ul><li>Ship it.</li><li>Mentor others.</li></ul>");
        assertThat(rendered).hasSize(3);
    }

    @Test
    void theSameValueShownByAnotherViewIsRenderedByThatView() {
        Template other = Engine.builder().addDefaults().build().parse("{lines.size} lines");
        List<String> lines = List.of("Ship it.", "Mentor.");
        markup.of("lines", lines, view);

        assertThat(markup.of("count", lines, shown -> other.data("lines", shown)).getValue()).isEqualTo("2 lines");
    }

    @Test
    void aPartMayBeMadeOfKeptParts() {
        Template page = Engine.builder().addDefaults().build().parse("<section>{rows}</section>");

        String section = markup.of("section", List.of("Ship it."),
                lines -> page.data("rows", markup.of("lines", lines, view))).getValue();

        assertThat(section).isEqualTo("<section><ul><li>Ship it.</li></ul></section>");
    }
}
