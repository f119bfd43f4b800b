package dev.jobdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreshnessTest {

    @Test
    void theValidatorFollowsEveryByteOfThePage() {
        byte[] page = "<!doctype html><title>Backend Developer</title><p>Salary: €70,000</p>".getBytes(StandardCharsets.UTF_8);
        String etag = Freshness.etagOf(page);

        assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"").isEqualTo(Freshness.etagOf(page.clone()));
        Set<String> validators = new HashSet<>(Set.of(etag));
        for (int position = 0; position < page.length; position++) {
            byte[] changed = page.clone();
            changed[position] ^= 1;
            assertThat(validators.add(Freshness.etagOf(changed))).as("one bit changed at %d", position).isTrue();
        }
        byte[] swapped = page.clone();
        swapped[1] = page[2];
        swapped[2] = page[1];
        assertThat(Freshness.etagOf(swapped)).as("two bytes swapped").isNotEqualTo(etag);
        assertThat(Freshness.etagOf(new byte[0])).isNotEqualTo(Freshness.etagOf(new byte[1]));
    }
}
