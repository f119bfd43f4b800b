package dev.jobdesk.careers;

import dev.jobdesk.catalog.Countries;
import dev.jobdesk.posting.PublishedPostings;
import dev.jobdesk.web.ChoiceList;
import java.util.List;

/**
 * The careers filter's teams and countries at one careers version, as ready options: made once for
 * the lists {@link dev.jobdesk.posting.LiveListings} keeps for that version, not on every request.
 */
record FilterChoices(List<PublishedPostings.TeamCount> teams, List<Countries.Country> countries,
                     ChoiceList teamOptions, ChoiceList countryOptions) {

    static FilterChoices of(List<PublishedPostings.TeamCount> teams, List<Countries.Country> countries) {
        return new FilterChoices(teams, countries,
                ChoiceList.of(teams, PublishedPostings.TeamCount::name, PublishedPostings.TeamCount::name),
                ChoiceList.of(countries, Countries.Country::code, Countries.Country::name));
    }

    /** Whether these are the choices made from exactly these lists (kept per version, so compared by identity). */
    boolean isFor(List<PublishedPostings.TeamCount> teams, List<Countries.Country> countries) {
        return this.teams == teams && this.countries == countries;
    }
}
