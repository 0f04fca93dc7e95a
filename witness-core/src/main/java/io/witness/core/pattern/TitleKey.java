package io.witness.core.pattern;

import java.util.Optional;

/**
 * A title reduced to what two tellings of the same problem share: lower case (each letter by
 * {@link Character#toLowerCase(int)}, the same in every locale), every run of characters
 * other than letters and digits one space, every run of digits {@code #}, trimmed. "Printer on floor 3
 * jammed!" and "printer on floor 4 jammed" are both {@code printer on floor # jammed}.
 */
final class TitleKey {

    private TitleKey() {
    }

    /** The key of a title; empty when nothing is left of it. */
    static Optional<String> of(String title) {
        StringBuilder key = new StringBuilder(title.length());
        boolean space = false;
        boolean digits = false;
        for (int i = 0; i < title.length(); ) {
            int c = title.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isDigit(c)) {
                if (!digits) {
                    if (space && key.length() > 0) {
                        key.append(' ');
                    }
                    key.append('#');
                }
                digits = true;
                space = false;
            } else if (Character.isLetter(c)) {
                if (space && key.length() > 0) {
                    key.append(' ');
                }
                key.appendCodePoint(Character.toLowerCase(c));
                digits = false;
                space = false;
            } else {
                space = true;
                digits = false;
            }
        }
        return key.length() == 0 ? Optional.empty() : Optional.of(key.toString());
    }
}
