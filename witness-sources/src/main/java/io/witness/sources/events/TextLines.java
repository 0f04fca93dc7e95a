package io.witness.sources.events;

import java.util.ArrayList;
import java.util.List;

/**
 * A text file's lines as {@link java.io.BufferedReader#readLine()} numbers them ({@code \n}, {@code \r\n}
 * or a lone {@code \r} ends a line), without their ends.
 */
final class TextLines {

    private TextLines() {
    }

    /** The lines, each without its end. */
    static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
