package io.witness.core.pattern;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
        return Optional.ofNullable(orNull(title, new char[0]));
    }

    /**
     * The key of a title, or null when nothing is left of it; worked out in {@code buffer} when it has room, so
     * that keying many titles makes only their keys.
     */
    static @Nullable String orNull(String title, char[] buffer) {
        int n = title.length();
        // A lower-cased character may take two chars: room for every one, and a space before each.
        char[] key = buffer.length >= 3 * n ? buffer : new char[3 * n];
        int length = 0;
        boolean space = false;
        boolean digits = false;
        for (int i = 0; i < n; ) {
            int c = title.codePointAt(i);
            i += Character.charCount(c);
            boolean digit = c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
            boolean letter = !digit && (c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c));
            if (!digit && !letter) {
                space = true;
                digits = false;
                continue;
            }
            if (digit && digits) {
                continue;
            }
            if (space && length > 0) {
                key[length++] = ' ';
            }
            if (digit) {
                key[length++] = '#';
            } else if (c < 128) {
                key[length++] = (char) (c | 0x20);
            } else {
                length += Character.toChars(Character.toLowerCase(c), key, length);
            }
            digits = digit;
            space = false;
        }
        return length == 0 ? null : new String(key, 0, length);
    }
}
