package io.witness.core.coverage.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The 30/60/90/120-day buckets: each bound belongs to the bucket it opens. */
class PatchAgeBucketsTest {

    @Test
    void putsEachBoundInTheBucketItOpens() {
        PatchAgeBuckets buckets = PatchAgeBuckets.none().plus(-1).plus(0).plus(29).plus(30).plus(59).plus(60).plus(89).plus(90).plus(119)
                .plus(120).plus(400);

        assertThat(buckets).isEqualTo(new PatchAgeBuckets(11, 1, 2, 2, 2, 2, 2));
        assertThat(buckets.atLeast30()).isEqualTo(8);
    }

    @Test
    void refusesBucketsThatDoNotAddUpToTheDevices() {
        assertThatThrownBy(() -> new PatchAgeBuckets(3, 1, 1, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("The buckets hold every device once: 3 devices");
    }
}
