package io.witness.sources.export;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Damaged copies of a good file for fuzzing parsers: a byte changed, a separator, quote or line break
 * put in, a stretch cut out or doubled, the end cut off; several at once.
 */
public final class Mutations {

    private static final byte[] SPECIAL = {',', ';', '"', '\n', '\r', '\t', '{', '}', '[', ']', ':', 0, (byte) 0xE9,
        (byte) 0xFF, '/', '-', ' ', '1', 'A'};

    private Mutations() {
    }

    /** Copies of one of {@code files}, each with one to four mutations. */
    public static Arbitrary<byte[]> of(List<byte[]> files) {
        Arbitrary<byte[]> file = Arbitraries.of(files);
        return Combinators.combine(file, Arbitraries.longs().list().ofMinSize(1).ofMaxSize(4)).as((bytes, seeds) -> {
            byte[] result = bytes;
            for (long seed : seeds) {
                result = mutate(result, seed);
            }
            return result;
        });
    }

    static byte[] mutate(byte[] bytes, long seed) {
        java.util.Random random = new java.util.Random(seed);
        if (bytes.length == 0) {
            return new byte[] {SPECIAL[random.nextInt(SPECIAL.length)]};
        }
        int at = random.nextInt(bytes.length);
        int length = 1 + random.nextInt(Math.min(40, bytes.length - at));
        switch (random.nextInt(6)) {
            case 0 -> {
                byte[] copy = bytes.clone();
                copy[at] = (byte) random.nextInt(256);
                return copy;
            }
            case 1 -> {
                byte[] copy = new byte[bytes.length + 1];
                System.arraycopy(bytes, 0, copy, 0, at);
                copy[at] = SPECIAL[random.nextInt(SPECIAL.length)];
                System.arraycopy(bytes, at, copy, at + 1, bytes.length - at);
                return copy;
            }
            case 2 -> {
                byte[] copy = new byte[bytes.length - length];
                System.arraycopy(bytes, 0, copy, 0, at);
                System.arraycopy(bytes, at + length, copy, at, bytes.length - at - length);
                return copy;
            }
            case 3 -> {
                byte[] copy = new byte[bytes.length + length];
                System.arraycopy(bytes, 0, copy, 0, at + length);
                System.arraycopy(bytes, at, copy, at + length, bytes.length - at);
                return copy;
            }
            case 4 -> {
                return Arrays.copyOf(bytes, at);
            }
            default -> {
                byte[] copy = bytes.clone();
                copy[at] = SPECIAL[random.nextInt(SPECIAL.length)];
                return copy;
            }
        }
    }
}
