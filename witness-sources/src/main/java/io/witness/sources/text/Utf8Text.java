package io.witness.sources.text;

import io.witness.core.input.InputProblem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A file's bytes as UTF-8 text, strictly: a byte that is not UTF-8 is a problem naming its line, not a
 * replacement character. A byte order mark at the start is dropped. Lines end with {@code \n},
 * {@code \r\n} or a lone {@code \r}, as {@link java.io.BufferedReader} and FastCSV count them. Stateless.
 */
public final class Utf8Text {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Utf8Text() {
    }

    /**
     * The text of {@code bytes} without a leading byte order mark; empty, with a problem added, when they
     * are not UTF-8.
     */
    public static Optional<String> decode(byte[] bytes, String file, List<InputProblem> problems) {
        try {
            String text = strictDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            int offset = firstBadByte(bytes);
            problems.add(new InputProblem(file, lineOf(bytes, offset), 0, "",
                    "expected UTF-8 text, found the byte 0x" + String.format("%02x", bytes[offset] & 0xff) + " at byte " + (offset + 1)));
            return Optional.empty();
        }
    }

    /**
     * Where each line of {@code text} starts: element {@code n} is the offset of line {@code n} (line 1 at
     * offset 0; element 0 unused); one more element holds {@code text.length()}.
     */
    public static int[] lineStarts(String text) {
        int[] starts = new int[64];
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                if (lines + 1 >= starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[++lines] = i + 1;
            }
        }
        starts[1] = 0;
        int[] exact = Arrays.copyOf(starts, lines + 2);
        exact[lines + 1] = text.length();
        return exact;
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int firstBadByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        strictDecoder().decode(in, CharBuffer.allocate(bytes.length + 1), true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }
}
