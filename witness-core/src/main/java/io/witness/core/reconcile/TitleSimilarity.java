package io.witness.core.reconcile;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two ticket titles are: the Jaccard index of their normalised word sets (lower case, split on
 * anything but letters and digits, words of one character and common filler words dropped), from 0 (no
 * word in common) to 1 (the same words). "Outlook not syncing on laptop" and "Laptop - Outlook won't
 * sync" share {outlook, laptop} of {outlook, syncing, laptop, won, sync}: 0.4.
 */
final class TitleSimilarity {

    private static final Set<String> FILLER = Set.of("the", "an", "and", "or", "is", "are", "to", "of", "for", "in",
            "on", "at", "with", "my", "our", "not", "no", "it", "be", "re", "fw", "fwd", "please", "pls", "urgent");

    private TitleSimilarity() {
    }

    /**
     * The normalised words of a title: the runs of letters and decimal digits of its lower case (what splitting on
     * {@code [^\p{L}\p{Nd}]+} gives, without a regular expression), but those of one character and filler words.
     */
    static Set<String> words(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>();
        int i = 0;
        while (i < lower.length()) {
            int start = i;
            while (i < lower.length() && isWordPart(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
            }
            if (i - start > 1) {
                String word = lower.substring(start, i);
                if (!FILLER.contains(word)) {
                    words.add(word);
                }
            }
            while (i < lower.length() && !isWordPart(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
            }
        }
        return words;
    }

    /** The Jaccard index of two word sets; 0 when both are empty. */
    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String word : a) {
            if (b.contains(word)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    /**
     * A requester's name as compared: lower case, its runs of letters, digits, {@code @} and {@code .} joined by one
     * space (what splitting on {@code [^\p{L}\p{Nd}@.]+}, joining and trimming gives, without a regular expression).
     */
    static String person(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder person = new StringBuilder(lower.length());
        int i = 0;
        while (i < lower.length()) {
            int start = i;
            while (i < lower.length() && isNamePart(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
            }
            if (i > start) {
                if (person.length() > 0) {
                    person.append(' ');
                }
                person.append(lower, start, i);
            }
            while (i < lower.length() && !isNamePart(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
            }
        }
        return person.toString();
    }

    /** {@code \p{L}} or {@code \p{Nd}}: a letter or a decimal digit. */
    private static boolean isWordPart(int codePoint) {
        return Character.isLetter(codePoint) || Character.isDigit(codePoint);
    }

    private static boolean isNamePart(int codePoint) {
        return isWordPart(codePoint) || codePoint == '@' || codePoint == '.';
    }
}
