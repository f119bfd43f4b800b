package dev.jobdesk.company;

import dev.jobdesk.account.UserAccount;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.qute.TemplateData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;

/**
 * A rule of the approval policy: postings of one template (every version of it) or of one team need a
 * second approval, by {@link #approver}, after the lead's.
 */
@Entity
@Table(name = "second_approval")
@TemplateData(namespace = TemplateData.SIMPLENAME)
public class SecondApproval extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "template_slug", length = 80)
    public String templateSlug;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    public Team team;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "approver_id")
    public UserAccount approver;

    /** A new rule for one template's postings or one team's. */
    static SecondApproval of(String templateSlug, Team team) {
        SecondApproval rule = new SecondApproval();
        rule.templateSlug = templateSlug;
        rule.team = team;
        return rule;
    }

    /** The rules, teams' after templates', with what the settings page shows of them. */
    static List<SecondApproval> all() {
        return find("select s from SecondApproval s left join fetch s.team t join fetch s.approver"
                + " order by s.templateSlug nulls last, t.name").list();
    }

    static Optional<SecondApproval> ofTeam(Team team) {
        return team == null ? Optional.empty() : find("team", team).firstResultOptional();
    }

    static Optional<SecondApproval> ofTemplate(String slug) {
        return slug == null ? Optional.empty() : find("templateSlug", slug).firstResultOptional();
    }

    static void deleteForTeam(Team team) {
        delete("team", team);
    }
}
