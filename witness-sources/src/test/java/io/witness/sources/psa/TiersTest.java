package io.witness.sources.psa;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.SupportTier;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A tier is taken from a group's name only when the name states it. */
class TiersTest {

    @ParameterizedTest
    @CsvSource({"Tier 2,2", "Tier-3,3", "Help Desk / Tier 1,1", "Level 2 Support,2", "L2,2", "T3 Escalations,3",
            "2nd Line Support,2", "1st Line,1", "Second Level,2", "third tier,3", "Service Desk - level1,1"})
    void readsTheTierTheNameStates(String name, int level) {
        assertThat(Tiers.of(name)).contains(new SupportTier(level));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Service Desk", "Help Desk", "Network Team", "Projects 2026", "Building L", "Tier 0", "Level 10"})
    void guessesNoTierFromOtherNames(String name) {
        assertThat(Tiers.of(name)).isEqualTo(Optional.empty());
    }
}
