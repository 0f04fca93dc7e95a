package io.witness.sources.sheet;

import io.witness.core.input.InputProblem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A text file's bytes as text in its encoding, without a byte order mark. A byte the encoding does not
 * allow is a problem naming its line and value, and the text is read with U+FFFD in its place so that
 * the rest is still read. Stateless.
 */
public final class TextDecoding {

    private TextDecoding() {
    }

    /**
     * @param bytes the file's bytes
     * @param charset its encoding; a byte order mark is dropped
     * @param file its name, for the problem
     * @param problems where a problem is added
     */
    public static String decode(byte[] bytes, Charset charset, String file, List<InputProblem> problems) {
        int skip = 0;
        if (charset.equals(StandardCharsets.UTF_8) && bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            skip = 3;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharsetDecoder strict = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = strict.decode(in).toString();
        } catch (CharacterCodingException e) {
            int bad = Math.min(in.position(), bytes.length - 1);
            String before = new String(bytes, skip, Math.max(0, bad - skip), charset);
            long line = 1 + before.chars().filter(c -> c == '\n').count();
            problems.add(new InputProblem(file, (int) line, 0, "", "expected text in " + charset.name()
                    + ", found the byte " + String.format("0x%02X", bytes[bad] & 0xff)
                    + " (give the file's encoding, such as windows-1252, if it is not " + charset.name() + ")"));
            text = new String(bytes, skip, bytes.length - skip, charset);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
