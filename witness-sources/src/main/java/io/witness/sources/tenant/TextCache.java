package io.witness.sources.tenant;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Short ASCII texts decoded once and handed out again while they recur, for the derived tickets' payloads, whose
 * statuses, groups, categories, people and the like repeat from ticket to ticket: a direct-mapped table of the
 * last text seen in each slot, compared with the bytes char by char (no copy of the bytes is kept). A text that
 * is long or not ASCII is simply decoded. The texts given are equal to what decoding the bytes gives; a kept text's
 * {@linkplain #present optional} is made once while the text stays in its slot (events of many tickets share it).
 * One thread.
 */
final class TextCache {

    private static final int SLOTS = 1 << 12;
    private static final int LONGEST = 64;

    private final String[] texts = new String[SLOTS];
    private final @Nullable Optional<String>[] optionals;
    /** The slot of the text given last; -1 when it was not kept. */
    private int lastSlot = -1;

    @SuppressWarnings("unchecked")
    TextCache() {
        optionals = new Optional[SLOTS];
    }

    /** The UTF-8 text of {@code length} bytes of {@code buf} from {@code at}. */
    String text(byte[] buf, int at, int length) {
        lastSlot = -1;
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
        lastSlot = slot;
        String kept = texts[slot];
        if (kept != null && sameAscii(kept, buf, at, length)) {
            return kept;
        }
        String text = new String(buf, at, length, StandardCharsets.US_ASCII);
        texts[slot] = text;
        optionals[slot] = null;
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

    /** The slot of the text {@link #text} gave last, for {@link #present}; -1 when it was not kept. */
    int lastSlot() {
        return lastSlot;
    }

    /**
     * {@code text} as an optional: the one kept for it when it is still the text of {@code slot} (as {@link #lastSlot}
     * said when it was given), else a new one.
     */
    Optional<String> present(String text, int slot) {
        if (slot < 0 || texts[slot] != text) {
            return Optional.of(text);
        }
        Optional<String> present = optionals[slot];
        if (present == null) {
            present = Optional.of(text);
            optionals[slot] = present;
        }
        return present;
    }
}
