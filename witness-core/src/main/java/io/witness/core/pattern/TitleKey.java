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
        char[] key = buffer.length >= 3 * title.length() ? buffer : new char[3 * title.length()];
        int length = write(title, key);
        return length == 0 ? null : new String(key, 0, length);
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

    /**
     * Keys many titles, handing out one String per distinct key: a title's key is worked out in a buffer and
     * looked up by its chars, so that titles that share a key ("printer # jammed") make one String between them.
     * One thread.
     */
    static final class Keys {
        private char[] buffer = new char[256];
        /** Open addressing: the keys made so far and their hashes; the length a power of two. */
        private String[] keys = new String[64];
        private int[] hashes = new int[64];
        private int size;

        /** The key of a title, or null when nothing is left of it; equal titles' keys are one String. */
        @Nullable String of(String title) {
            if (buffer.length < 3 * title.length()) {
                buffer = new char[3 * title.length()];
            }
            int length = write(title, buffer);
            if (length == 0) {
                return null;
            }
            int hash = 0;
            for (int i = 0; i < length; i++) {
                hash = 31 * hash + buffer[i];
            }
            int mask = keys.length - 1;
            for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
                String key = keys[slot];
                if (key == null) {
                    key = new String(buffer, 0, length);
                    keys[slot] = key;
                    hashes[slot] = hash;
                    if (++size * 2 > keys.length) {
                        grow();
                    }
                    return key;
                }
                if (hashes[slot] == hash && holds(key, length)) {
                    return key;
                }
            }
        }

        private boolean holds(String key, int length) {
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

        private void grow() {
            String[] oldKeys = keys;
            int[] oldHashes = hashes;
            keys = new String[oldKeys.length * 2];
            hashes = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null) {
                    int slot = spread(oldHashes[i]) & mask;
                    while (keys[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    hashes[slot] = oldHashes[i];
                }
            }
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }
    }
}
