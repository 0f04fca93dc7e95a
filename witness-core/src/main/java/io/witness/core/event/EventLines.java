package io.witness.core.event;

import io.witness.core.input.Problems;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the public JSON-lines events format: one JSON object per line, each one {@link TicketEvent}.
 * Blank lines and lines starting with {@code #} are skipped; fields the format does not name are
 * ignored. Every wrong line is reported, each wrong field with the line and its path, and the good lines
 * are still returned. See {@code docs/events.md} for the format.
 *
 * <p>Stateless and thread-safe.
 */
public final class EventLines {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private EventLines() {
    }

    /**
     * Reads a whole document.
     *
     * @param text the document, not null
     * @param sourceName the document's name for problems (a file name), not null
     * @return the events of the good lines and the problems of the bad ones
     */
    public static EventsRead read(String text, String sourceName) {
        Objects.requireNonNull(text, "text");
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            // One line, as each observation of the events format is: read without a BufferedReader (and its
            // 8 KB buffer), which re-deriving a tenant's millions of events from the ledger would make each time.
            Objects.requireNonNull(sourceName, "sourceName");
            List<TicketEvent> events = new ArrayList<>(1);
            List<Integer> lineNumbers = new ArrayList<>(1);
            Problems problems = new Problems();
            if (!text.isEmpty()) {
                line(text, 1, sourceName, events, lineNumbers, problems);
            }
            return new EventsRead(events, lineNumbers, problems.list());
        }
        return read(new StringReader(text), sourceName);
    }

    /**
     * Reads a document to its end; the caller opens and closes the reader.
     *
     * @param reader the document, not null
     * @param sourceName the document's name for problems (a file name), not null
     * @return the events of the good lines and the problems of the bad ones
     * @throws UncheckedIOException if the reader fails
     */
    public static EventsRead read(Reader reader, String sourceName) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        List<TicketEvent> events = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        Problems problems = new Problems();
        BufferedReader lines = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
        try {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                line(line, number, sourceName, events, lineNumbers, problems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + sourceName, e);
        }
        return new EventsRead(events, lineNumbers, problems.list());
    }

    /** Reads line {@code number}: its event, or its problems; nothing when it is blank or a comment. */
    private static void line(String text, int number, String sourceName, List<TicketEvent> events, List<Integer> lineNumbers,
            Problems problems) {
        String line = text;
        if (number == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
            line = line.substring(1);
        }
        if (isSkipped(line)) {
            return;
        }
        Optional<TicketEvent> event = EventLine.parse(line, number, sourceName, problems);
        if (event.isPresent()) {
            events.add(event.get());
            lineNumbers.add(number);
        }
    }

    /** Whether a line is blank or a comment: its first character other than white space is {@code #}. */
    private static boolean isSkipped(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '#';
            }
        }
        return true;
    }
}
