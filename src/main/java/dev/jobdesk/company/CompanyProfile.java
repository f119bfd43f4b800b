package dev.jobdesk.company;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.qute.TemplateData;
import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/** The company as its careers page presents it, and the settings an admin keeps for it. One row. */
@Entity
@Table(name = "company_profile")
@TemplateData(namespace = TemplateData.SIMPLENAME)
public class CompanyProfile extends PanacheEntityBase {

    static final long ONLY = 1;
    public static final int MAX_NAME = 120;
    public static final int MAX_INTRODUCTION = 2000;
    public static final int MAX_BENEFIT = 300;
    public static final int MAX_BENEFITS = 20;

    @Id
    Long id;

    @Version
    int version;

    @Column(nullable = false, length = MAX_NAME)
    String name;

    @Column(length = MAX_INTRODUCTION)
    String introduction;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "company_benefit", joinColumns = @JoinColumn(name = "profile_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = MAX_BENEFIT)
    List<String> benefits = new ArrayList<>();

    /** An IANA zone: a closing date ends at midnight there. */
    @Column(name = "time_zone", nullable = false, length = 64)
    String timeZone;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "logo")
    byte[] logo;

    /** The logo's media type, read from its bytes when it was uploaded. */
    @Column(name = "logo_type", length = 16)
    String logoType;

    /** Made of the logo's bytes: its address changes with it, so browsers may keep it for a year. */
    @Column(name = "logo_version", length = 16)
    String logoVersion;
}
