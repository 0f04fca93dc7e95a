package io.witness.sources.tenant;

import java.nio.charset.StandardCharsets;

/**
 * Short ASCII texts decoded once and handed out again while they recur, for the derived tickets' payloads, whose
 * statuses, groups, categories, people and the like repeat from ticket to ticket: a direct-mapped table of the
 * last text seen in each slot, compared with the bytes char by char (no copy of the bytes is kept). A text that
 * is long or not ASCII is simply decoded. The texts given are equal to what decoding the bytes gives. One thread.
 */
final class TextCache {

    private static final int SLOTS = 1 << 12;
    private static final int LONGEST = 64;

    private final String[] texts = new String[SLOTS];

    /** The UTF-8 text of {@code length} bytes of {@code buf} from {@code at}. */
    String text(byte[] buf, int at, int length) {
        if (length > LONGEST) {
            return new String(buf, at, length, StandardCharsets.UTF_8);
        }
        int hash = 0;
        for (int i = at; i < at + length; i++) {
            byte b = buf[i];
            if (b < 0) {
                return new String(buf, at, length, StandardCharsets.UTF_8);
            }
            hash = 31 * hash + b;
        }
        int slot = (hash ^ hash >>> 12) & (SLOTS - 1);
        String kept = texts[slot];
        if (kept != null && sameAscii(kept, buf, at, length)) {
            return kept;
        }
        String text = new String(buf, at, length, StandardCharsets.US_ASCII);
        texts[slot] = text;
        return text;
    }

    private static boolean sameAscii(String text, byte[] buf, int at, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != buf[at + i]) {
                return false;
            }
        }
        return true;
    }
}
