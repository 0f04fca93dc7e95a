package io.witness.sources.testing;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Damaged copies of a good text for fuzzing parsers that read text: a fragment of the format (a separator,
 * a key, a quote) or a few random characters put in or put instead of a stretch, a stretch cut out, the end
 * cut off; several edits at once. {@link Mutations} does the same on bytes.
 */
public final class TextEdits {

    private TextEdits() {
    }

    /**
     * Copies of {@code text}, each with one to {@code maxEdits} edits of at most {@code maxLength} characters.
     *
     * @param fragments pieces of the format worth putting in
     */
    public static Arbitrary<String> of(String text, List<String> fragments, int maxEdits, int maxLength) {
        Arbitrary<Edit> edit = Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, text.length()),
                Arbitraries.integers().between(0, maxLength),
                Arbitraries.oneOf(Arbitraries.of(fragments), Arbitraries.strings().ofMaxLength(5)))
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(maxEdits).map(edits -> {
            String mutated = text;
            for (Edit e : edits) {
                mutated = e.apply(mutated);
            }
            return mutated;
        });
    }

    /** One change to a text: 0 insert, 1 delete, 2 replace, 3 cut the end. */
    private record Edit(int kind, int at, int length, String fragment) {
        String apply(String text) {
            int start = Math.min(at, text.length());
            int end = Math.min(text.length(), start + length);
            return switch (kind) {
                case 0 -> text.substring(0, start) + fragment + text.substring(start);
                case 1 -> text.substring(0, start) + text.substring(end);
                case 2 -> text.substring(0, start) + fragment + text.substring(end);
                default -> text.substring(0, start);
            };
        }
    }
}
