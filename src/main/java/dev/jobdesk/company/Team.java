package dev.jobdesk.company;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.qute.TemplateData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A team a posting belongs to, from the list the admin keeps. Names are one team whatever their case
 * or spacing: "Platform" and "platform " are the same.
 */
@Entity
@Table(name = "team")
@TemplateData(namespace = TemplateData.SIMPLENAME)
public class Team extends PanacheEntityBase {

    public static final int MAX_NAME = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = MAX_NAME)
    public String name;

    /** {@link #keyOf} the name: what makes two spellings one team. */
    @Column(name = "name_key", nullable = false, length = MAX_NAME)
    String nameKey;

    protected Team() {
    }

    /** A new team, not yet saved. */
    public static Team named(String name) {
        Team team = new Team();
        team.rename(name);
        return team;
    }

    void rename(String name) {
        this.name = tidy(name);
        this.nameKey = keyOf(name);
    }

    /** The team by its name, in any case or spacing. */
    public static Optional<Team> byName(String name) {
        return name == null ? Optional.empty() : find("nameKey", keyOf(name)).firstResultOptional();
    }

    /** Every team, by name. */
    public static List<Team> all() {
        return list("order by name");
    }

    /** The name as shown: white space inside it made single, none around it. */
    static String tidy(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    static String keyOf(String name) {
        return tidy(name).toLowerCase(Locale.ROOT);
    }
}
