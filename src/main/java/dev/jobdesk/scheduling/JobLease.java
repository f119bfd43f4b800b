package dev.jobdesk.scheduling;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Which replica may run a job until when. */
@Entity
@Table(name = "job_lease")
class JobLease extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    String name;

    @Column(name = "held_until", nullable = false)
    Instant heldUntil;

    @Column(nullable = false, length = 128)
    String holder;
}
