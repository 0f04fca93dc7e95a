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

    private static final java.util.regex.Pattern NOT_A_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final java.util.regex.Pattern NOT_A_NAME = java.util.regex.Pattern.compile("[^\\p{L}\\p{Nd}@.]+");

    private TitleSimilarity() {
    }

    /** The normalised words of a title. */
    static Set<String> words(String title) {
        Set<String> words = new HashSet<>();
        for (String word : NOT_A_WORD.split(title.toLowerCase(Locale.ROOT))) {
            if (word.length() > 1 && !FILLER.contains(word)) {
                words.add(word);
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

    /** A requester's name as compared: lower case, spaces and punctuation collapsed. */
    static String person(String name) {
        return String.join(" ", NOT_A_NAME.split(name.toLowerCase(Locale.ROOT))).trim();
    }
}
