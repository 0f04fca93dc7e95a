package io.witness.sources.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitrary files for fuzzing a parser: random bytes, and a fixture's bytes flipped, cut, repeated or with characters put in. */
public final class Mutations {

    /** Characters that matter to CSV, JSON and dates. */
    private static final String SPECIAL = "\",;:{}[]\\\r\n\t ?/0123456789-TZ+.\u00e9\ufeff\u0000";

    private Mutations() {
    }

    /** Random bytes, or random text made of the characters that matter. */
    public static Arbitrary<byte[]> randomBytes(int maxSize) {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(maxSize),
                Arbitraries.strings().withChars(SPECIAL + "abcINCNew").ofMaxLength(maxSize).map(s -> s.getBytes(StandardCharsets.UTF_8)));
    }

    /** One of the fixtures with one to four mutations applied. */
    public static Arbitrary<byte[]> mutated(List<byte[]> fixtures) {
        Arbitrary<byte[]> once = Combinators.combine(Arbitraries.of(fixtures), Arbitraries.integers().between(0, 4),
                Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1), Arbitraries.chars().with(SPECIAL.toCharArray()))
                .as(Mutations::mutate);
        return once.flatMap(first -> Arbitraries.integers().between(0, 3).flatMap(more -> again(first, more)));
    }

    private static Arbitrary<byte[]> again(byte[] bytes, int times) {
        if (times == 0) {
            return Arbitraries.just(bytes);
        }
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 1),
                        Arbitraries.doubles().between(0, 1), Arbitraries.chars().with(SPECIAL.toCharArray()))
                .as((kind, at, to, c) -> mutate(bytes, kind, at, to, c))
                .flatMap(next -> again(next, times - 1));
    }

    private static byte[] mutate(byte[] bytes, int kind, double at, double to, char c) {
        if (bytes.length == 0) {
            return String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        }
        int i = (int) (at * (bytes.length - 1));
        int j = Math.max(i, (int) (to * (bytes.length - 1)));
        return switch (kind) {
            case 0 -> flip(bytes, i);
            case 1 -> java.util.Arrays.copyOf(bytes, i);
            case 2 -> splice(bytes, i, java.util.Arrays.copyOfRange(bytes, i, Math.min(bytes.length, j + 1)), i);
            case 3 -> splice(bytes, i, String.valueOf(c).getBytes(StandardCharsets.UTF_8), i);
            default -> splice(bytes, i, new byte[0], Math.min(bytes.length, j + 1));
        };
    }

    private static byte[] flip(byte[] bytes, int i) {
        byte[] copy = bytes.clone();
        copy[i] = (byte) (copy[i] ^ 0x5a);
        return copy;
    }

    /** {@code bytes[0, from) + middle + bytes[to, end)}. */
    private static byte[] splice(byte[] bytes, int from, byte[] middle, int to) {
        byte[] out = new byte[from + middle.length + bytes.length - to];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(middle, 0, out, from, middle.length);
        System.arraycopy(bytes, to, out, from + middle.length, bytes.length - to);
        return out;
    }
}
