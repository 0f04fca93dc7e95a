package io.witness.core.kpi;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * A title reduced to what two tellings of the same problem share: lower case (each letter by
 * {@link Character#toLowerCase(int)}, the same in every locale), every run of characters
 * other than letters and digits one space, every run of digits {@code #}, trimmed. "Printer on floor 3
 * jammed!" and "printer on floor 4 jammed" are both {@code printer on floor # jammed}.
 */
final class TitleKey {

    /** The keys last made, by their hash: most titles' keys were met before. */
    private static final AtomicReferenceArray<String> RECENT = new AtomicReferenceArray<>(4_096);
    /** Each thread's buffer for working out a key; one longer than this is made for its title and let go. */
    private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[256]);
    private static final int MOST_KEPT = 4_096;

    private TitleKey() {
    }

    /** The key of a title; empty when nothing is left of it. */
    static Optional<String> of(String title) {
        char[] key = new char[3 * title.length()];
        int length = write(title, key);
        return length == 0 ? Optional.empty() : Optional.of(new String(key, 0, length));
    }

    /**
     * The key of a title, or null when nothing is left of it, worked out when its profile is made (the title in cache)
     * so that the recurring-title pattern reads no title: keys met lately are handed out again, one String between the
     * profiles whose titles share a key ("printer # jammed"). Thread-safe.
     */
    static @Nullable String shared(String title) {
        char[] buffer = BUFFER.get();
        if (buffer.length < 3 * title.length()) {
            buffer = new char[3 * title.length()];
            if (buffer.length <= MOST_KEPT) {
                BUFFER.set(buffer);
            }
        }
        int length = write(title, buffer);
        if (length == 0) {
            return null;
        }
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + buffer[i];
        }
        int slot = (hash ^ hash >>> 16) & (RECENT.length() - 1);
        String recent = RECENT.get(slot);
        if (recent != null && recent.hashCode() == hash && holds(recent, buffer, length)) {
            return recent;
        }
        String key = new String(buffer, 0, length);
        RECENT.set(slot, key);
        return key;
    }

    private static boolean holds(String key, char[] buffer, int length) {
        if (key.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key.charAt(i) != buffer[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes the key of a title into {@code key}, which has room for three chars a char of the title (a
     * lower-cased character may take two chars, and a space may come before each); returns its length, 0 when
     * nothing is left of it.
     */
    private static int write(String title, char[] key) {
        int n = title.length();
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
        return length;
    }
}
