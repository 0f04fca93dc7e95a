package io.witness.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The derived tickets' multiset digest: a sum modulo 2^256 that rows are added to and taken from (#7). */
class DigestSumTest {

    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    private static byte[] digest(int fill) {
        byte[] bytes = new byte[DigestSum.BYTES];
        Arrays.fill(bytes, (byte) fill);
        return bytes;
    }

    private static BigInteger number(byte[] bytes) {
        return new BigInteger(1, bytes);
    }

    @Test // #7
    void addsModulo2To256WithCarriesAcrossBytes() {
        DigestSum sum = new DigestSum().add(digest(0xff)).add(digest(0x01)).add(digest(0xf0));

        assertThat(number(sum.bytes())).isEqualTo(number(digest(0xff)).add(number(digest(0x01))).add(number(digest(0xf0))).mod(MODULUS));
    }

    @Test // #7
    void takingAwayWhatWasAddedGivesTheSumBefore() {
        DigestSum sum = new DigestSum().add(digest(0x13)).add(digest(0xfe));
        byte[] before = sum.bytes();

        sum.add(digest(0xa7)).subtract(digest(0xa7));

        assertThat(sum.is(before)).isTrue();
        assertThat(new DigestSum().subtract(digest(0x01)).add(digest(0x01)).is(new byte[DigestSum.BYTES])).isTrue();
    }

    @Test // #7
    void aRowCountedTwiceDoesNotCancelOut() {
        assertThat(new DigestSum().add(digest(0x42)).add(digest(0x42)).is(new byte[DigestSum.BYTES])).isFalse();
    }

    @Test // #7
    void aDigestOfAnotherLengthIsRefused() {
        assertThatThrownBy(() -> new DigestSum().add(new byte[31])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes, got 31");
    }
}
