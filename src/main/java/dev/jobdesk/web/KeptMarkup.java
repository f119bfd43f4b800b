package dev.jobdesk.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;

/**
 * Parts of pages rendered once for what they show, and kept: the same value renders the same markup,
 * so a part is keyed by the value itself (records and lists compare by content) and is true wherever
 * and whenever it is read, with nothing to evict. The parts kept are the long ones that change far
 * less often than they are viewed: the posting editor's fields and rows, a posting's text. Qute
 * evaluates each expression through its value resolvers, and rendering them was three fifths of the
 * edit page's time. Each kept part is also encoded to UTF-8 once ({@link Utf8Pages}).
 */
@ApplicationScoped
public class KeptMarkup {

    /**
     * What the kept parts may weigh, about in bytes: each character of markup counts thrice, for the
     * String (two bytes a character once it holds one outside Latin-1, as the editor's arrows are),
     * its encoded copy, and the values it was made from, mostly shared with the kept posting texts.
     * About fifteen editors, or three hundred posting texts.
     */
    static final long MAX_KEPT_WEIGHT = 6_000_000;

    /** A part of a page: which view renders it, and the value it shows. */
    private record Part(String view, Object shown) {
    }

    private final Cache<Part, RawString> kept = Caffeine.newBuilder()
            .maximumWeight(MAX_KEPT_WEIGHT)
            .weigher((Part part, RawString markup) -> 3 * markup.getValue().length())
            .build();

    /**
     * The markup {@code view} renders for {@code shown}, named {@code viewName}. {@code shown} must be
     * all the view reads, compared by content, and never changed once given.
     */
    public <T> RawString of(String viewName, T shown, Function<T, TemplateInstance> view) {
        Part part = new Part(viewName, shown);
        RawString markup = kept.getIfPresent(part);
        if (markup == null) {
            // Rendered outside the cache's lock: a part may be made of kept parts (the editor of its rows).
            markup = new RawString(view.apply(shown).render());
            Utf8Pages.encodeOnce(markup.getValue());
            kept.put(part, markup);
        }
        return markup;
    }

    /** A list of lines in an editor's form, row by row, with their buttons. */
    public RawString lines(List<FormRows.Line> rows) {
        return of("FormRows/lines", rows, FormRows.Views::lines);
    }

    /** A list of two fields side by side in an editor's form, row by row, with their buttons. */
    public RawString pairs(List<FormRows.Pair> rows) {
        return of("FormRows/pairs", rows, FormRows.Views::pairs);
    }
}
