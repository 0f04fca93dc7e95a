package io.witness.sources.psa;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field change as an audit trail or ticket history writes it in words, read back: which field, from
 * what, to what. PSAs write these as sentences (ConnectWise's audit trail {@code text}, Autotask's
 * {@code TicketHistory.detail}), whose exact wording no vendor documents; these forms are read, case
 * ignored, values with or without quotes:
 * <ul>
 *   <li>{@code Status changed from "New" to "In Progress"} (also {@code was changed}, {@code has been
 *       changed}, {@code updated}, {@code set})</li>
 *   <li>{@code Changed status from New to In Progress}</li>
 *   <li>{@code Status: New -> In Progress} (also {@code →}, {@code >>}, {@code =>})</li>
 *   <li>{@code Status changed to In Progress}, {@code Status set to "In Progress"} (no old value)</li>
 * </ul>
 * A text of several lines is read line by line. Values {@code (blank)}, {@code (none)}, {@code none},
 * {@code null} and {@code ""} are empty.
 *
 * <p>Immutable and thread-safe.
 *
 * @param field the field's name as written ({@code Status})
 * @param from the old value, empty when not given or blank
 * @param to the new value, empty when blank
 */
public record ChangeText(String field, Optional<String> from, Optional<String> to) {

    private static final String FIELD = "(?<field>[\\p{L}][\\p{L}\\p{N} _/&.-]{0,40}?)";
    private static final String VERB = "(?:was |has been |is )?(?:changed|updated|set|modified)";
    private static final String QUOTED_FROM = "\"(?<from>[^\"]*)\"";
    private static final String QUOTED_TO = "\"(?<to>[^\"]*)\"";
    // quoted values first, so that a value holding " to " is read whole
    private static final List<Pattern> FORMS = List.of(
            form("^(?:the )?" + FIELD + " " + VERB + " from " + QUOTED_FROM + " to " + QUOTED_TO + "\\.?$"),
            form("^(?:changed|updated|set) (?:the )?" + FIELD + " from " + QUOTED_FROM + " to " + QUOTED_TO + "\\.?$"),
            form("^(?:the )?" + FIELD + " " + VERB + " from (?<from>.*?) to (?<to>.*?)\\.?$"),
            form("^(?:changed|updated|set) (?:the )?" + FIELD + " from (?<from>.*?) to (?<to>.*?)\\.?$"),
            form("^" + FIELD + "\\s*:\\s*(?<from>.*?)\\s*(?:->|\u2192|>>|=>)\\s*(?<to>.*?)$"),
            form("^(?:the )?" + FIELD + " " + VERB + " to " + QUOTED_TO + "\\.?$"),
            form("^(?:the )?" + FIELD + " " + VERB + " to (?<to>.*?)\\.?$"));

    private static Pattern form(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public ChangeText {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** Every change the text states, one per line that has one of the forms. */
    public static List<ChangeText> read(String text) {
        List<ChangeText> changes = new ArrayList<>();
        for (String line : text.split("\\R")) {
            readLine(line.strip()).ifPresent(changes::add);
        }
        return changes;
    }

    private static Optional<ChangeText> readLine(String line) {
        if (line.isEmpty() || line.length() > 2000) {
            return Optional.empty();
        }
        for (Pattern form : FORMS) {
            Matcher matcher = form.matcher(line);
            if (matcher.matches()) {
                Optional<String> from = form.pattern().contains("<from>") ? value(matcher.group("from")) : Optional.empty();
                return Optional.of(new ChangeText(matcher.group("field").strip(), from, value(matcher.group("to"))));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> value(String written) {
        String value = written.strip();
        if (value.length() >= 2 && isQuote(value.charAt(0)) && isQuote(value.charAt(value.length() - 1))) {
            value = value.substring(1, value.length() - 1).strip();
        }
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        if (value.isEmpty() || lower.equals("(blank)") || lower.equals("(none)") || lower.equals("none")
                || lower.equals("null") || lower.equals("(empty)")) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '[' || c == ']';
    }

    /** The field's name as compared ({@link Fields#normalise}). */
    public String fieldKey() {
        return Fields.normalise(field);
    }
}
