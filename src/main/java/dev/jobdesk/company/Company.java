package dev.jobdesk.company;

import dev.jobdesk.config.JobdeskConfig;
import dev.jobdesk.domain.CompanyCalendar;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.PersistenceException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * The company, as every page and job reads it: its name, introduction, benefits, time zone and logo.
 * Kept a moment (cache {@value #CACHE}): this replica sees an admin's change at once, the others
 * within the cache's lifetime. The environment's values fill it at the first start; from then on
 * the admin's settings rule.
 */
@ApplicationScoped
public class Company implements CompanyCalendar {

    static final String CACHE = "company-profile";

    /** What pages read of the company. */
    public record Profile(String name, String introduction, List<String> benefits, ZoneId timeZone,
                          String logoVersion, String logoType) {

        public Profile {
            benefits = List.copyOf(benefits);
        }

        /** Where the logo is served, its version in the address; null without a logo. */
        public String logoAddress() {
            return logoVersion == null ? null : LogoResource.PATH + "?v=" + logoVersion;
        }

        /** The introduction as the page sets it: a paragraph for each line typed. */
        public List<String> introductionParagraphs() {
            return introduction == null ? List.of()
                    : Arrays.stream(introduction.split("\n")).filter(line -> !line.isBlank()).toList();
        }

        public boolean hasLogo() {
            return logoVersion != null;
        }
    }

    private final JobdeskConfig config;

    Company(JobdeskConfig config) {
        this.config = config;
    }

    /** Before the first request: a database without a company gets one from the environment. */
    void fillAtFirstStart(@Observes @Priority(10) StartupEvent start) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (CompanyProfile.findById(CompanyProfile.ONLY) == null) {
                    CompanyProfile first = new CompanyProfile();
                    first.id = CompanyProfile.ONLY;
                    first.name = config.companyName();
                    first.timeZone = config.timeZone().getId();
                    first.persist();
                }
            });
        } catch (PersistenceException raced) {
            // Another replica starting at the same moment made it.
        }
    }

    @CacheResult(cacheName = CACHE)
    public Profile profile() {
        return QuarkusTransaction.joiningExisting().call(() -> {
            CompanyProfile row = CompanyProfile.findById(CompanyProfile.ONLY);
            return new Profile(row.name, row.introduction, row.benefits, ZoneId.of(row.timeZone), row.logoVersion,
                    row.logoType);
        });
    }

    public String name() {
        return profile().name();
    }

    @Override
    public ZoneId timeZone() {
        return profile().timeZone();
    }

    /** Once a change is committed (not before, or a read in between would keep the old one): read it again. */
    @CacheInvalidateAll(cacheName = CACHE)
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CompanyChanged change) {
    }
}
