package dev.jobdesk.posting;

import dev.jobdesk.catalog.RemoteAreas;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.company.PublishRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The posting's one readiness checklist: what makes it a posting a candidate could apply to, then
 * what the company's publish rules ask. Checked before a lead reviews it and again before it is
 * published.
 */
public final class Readiness {

    /**
     * One item of the checklist: what the posting needs, the form field that gives it, whether it
     * has it, the company rule it comes from (none for what every posting needs), and what to do.
     */
    public record Item(String what, String field, boolean done, String rule, String fix) {

        static Item needed(String what, String field, boolean done) {
            return new Item(what, field, done, null, "Add " + what);
        }

        /** As a refusal names it: "a salary range (pay-transparency rules for Germany)". */
        public String described() {
            return rule == null ? what : what + " (" + rule + ")";
        }
    }

    private Readiness() {
    }

    static List<Item> of(PostingContent content, PublishRules rules) {
        boolean remote = content.workplaceType() == WorkplaceType.REMOTE;
        List<Item> items = new ArrayList<>(List.of(
                Item.needed("the team", "team", !isBlank(content.team())),
                Item.needed("the city", "location", !isBlank(content.location()) || remote),
                Item.needed("the country", "country", !isBlank(content.country()) || remote),
                Item.needed("where candidates may live", "remoteAreas", !remote || !content.remoteAreas().isEmpty()),
                Item.needed("how to apply", "howToApply", !isBlank(content.howToApply())),
                Item.needed("at least one responsibility", Section.RESPONSIBILITY.name(),
                        !content.bullets(Section.RESPONSIBILITY).isEmpty())));
        String payRequiredBy = rules.salaryRequiredBy(content.country(), content.remoteAreas());
        if (payRequiredBy != null) {
            items.add(new Item("a salary range", "salaryMin", content.salary() != null,
                    "everywhere".equals(payRequiredBy) ? "the company shows pay in every posting"
                            : "pay-transparency rules for " + RemoteAreas.nameOf(payRequiredBy), "Add a salary range"));
        }
        if (rules.closingDate()) {
            items.add(new Item("a closing date", "closingDate", content.closingDate() != null,
                    "the company's rule for every posting", "Add a closing date"));
        }
        if (rules.maxWords() != null) {
            int words = content.wordCount();
            items.add(new Item("at most " + rules.maxWords() + " words (it has " + words + ")", "roleSummary",
                    words <= rules.maxWords(), "the company's rule on length",
                    "Shorten it to " + rules.maxWords() + " words (it has " + words + ")"));
        }
        for (Section section : rules.requiredSections()) {
            items.add(new Item("a line under " + section.label(), section.name(), !content.bullets(section).isEmpty(),
                    "the company's rule for every posting", "Add a line under " + section.label()));
        }
        return items;
    }

    /** The items of {@link #of} not done yet, as a refusal names them. */
    static List<String> missing(PostingContent content, PublishRules rules) {
        return of(content, rules).stream().filter(item -> !item.done()).map(Item::described).toList();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
