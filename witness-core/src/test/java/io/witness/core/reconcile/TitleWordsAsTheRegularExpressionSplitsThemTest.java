package io.witness.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The title's words and the requester's name, worked out by hand, are what the regular expressions gave. */
class TitleWordsAsTheRegularExpressionSplitsThemTest {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern NOT_A_NAME = Pattern.compile("[^\\p{L}\\p{Nd}@.]+");
    private static final Set<String> FILLER = Set.of("the", "an", "and", "or", "is", "are", "to", "of", "for", "in",
            "on", "at", "with", "my", "our", "not", "no", "it", "be", "re", "fw", "fwd", "please", "pls", "urgent");
    /** Letters of several scripts and cases, digits of two, punctuation, spaces, a supplementary letter and a lone surrogate. */
    private static final String[] PIECES = {"a", "B", "z", "0", "7", "\u0663", " ", "  ", "-", "'", "@", ".", "_", "İ", "ß",
        "É", "Σ", "ω", "漢", "\uD835\uDC00", "\uD800", "\t", "the", "to", "Outlook", "won't", "x", "\u00b2", "\u2160"};

    @Test
    void wordsAndNamesAreTheRegularExpressionsOwn() {
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(9); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String title = text.toString();
            assertThat(TitleSimilarity.words(title)).as("'%s'", title).isEqualTo(byPattern(title));
            assertThat(TitleSimilarity.person(title)).as("'%s'", title)
                    .isEqualTo(String.join(" ", NOT_A_NAME.split(title.toLowerCase(Locale.ROOT))).trim());
        }
    }

    private static Set<String> byPattern(String title) {
        Set<String> words = new HashSet<>();
        for (String word : NOT_A_WORD.split(title.toLowerCase(Locale.ROOT))) {
            if (word.length() > 1 && !FILLER.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
