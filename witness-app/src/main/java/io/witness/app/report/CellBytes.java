package io.witness.app.report;

import java.nio.charset.StandardCharsets;

/**
 * One cell's text encoded once as UTF-8 for both of a table's files, with what each file must do to it:
 * whether CSV must quote it (a comma, quote or line break) or double a quote, and whether JSON must escape
 * a character ({@code "}, {@code \}, a control character). A cell that needs neither is copied into both
 * files' buffers as these bytes; one that does is written from its text by {@link CsvOut} or {@link JsonOut}.
 * Reused from cell to cell: not thread-safe.
 */
final class CellBytes {

    private byte[] bytes = new byte[256];
    private int length;
    private boolean csvQuotes;
    private boolean quoteInside;
    private boolean jsonEscapes;

    /** Encodes {@code text}, replacing the cell before; an unpaired surrogate becomes {@code ?} as in {@link String#getBytes}. */
    void encode(CharSequence text) {
        int n = text.length();
        if (bytes.length < 3 * n) {
            bytes = new byte[Math.max(3 * n, 2 * bytes.length)];
        }
        byte[] out = bytes;
        int at = 0;
        boolean quotes = false;
        boolean quote = false;
        boolean escapes = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[at++] = (byte) c;
                if (c <= ',' || c == '\\') {
                    // the few characters either file treats apart: quotes, commas, backslashes, controls
                    if (c == ',') {
                        quotes = true;
                    } else if (c == '"') {
                        quotes = true;
                        quote = true;
                        escapes = true;
                    } else if (c == '\\') {
                        escapes = true;
                    } else if (c < 0x20) {
                        escapes = true;
                        quotes |= c == '\n' || c == '\r';
                    }
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                // rare: a pair is four bytes, no more than its two chars' six
                int end = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1)) ? i + 2 : i + 1;
                byte[] pair = text.subSequence(i, end).toString().getBytes(StandardCharsets.UTF_8);
                System.arraycopy(pair, 0, out, at, pair.length);
                at += pair.length;
                i = end - 1;
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        length = at;
        csvQuotes = quotes;
        quoteInside = quote;
        jsonEscapes = escapes;
    }

    /** The encoded bytes: the first {@link #length()} of them. */
    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** Whether CSV must put it in quotes: it holds a comma, quote or line break. */
    boolean csvQuotes() {
        return csvQuotes;
    }

    /** Whether it holds a quote, which CSV doubles. */
    boolean quoteInside() {
        return quoteInside;
    }

    /** Whether JSON must escape one of its characters. */
    boolean jsonEscapes() {
        return jsonEscapes;
    }
}
