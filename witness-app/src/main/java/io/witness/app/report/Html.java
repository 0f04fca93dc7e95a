package io.witness.app.report;

import java.util.Locale;

/** Escaping for HTML text and attributes, and the anchors that link a figure to its finding. */
final class Html {

    private Html() {
    }

    /** The text with {@code & < > " '} escaped, safe in element content and quoted attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The anchor id of a finding: {@code f-} and its id with every character other than a letter, digit,
     * {@code -} or {@code _} replaced by {@code -}, so {@code sla-breach/INC1/response/witness/1} becomes
     * {@code f-sla-breach-INC1-response-witness-1}.
     */
    static String findingAnchor(String findingId) {
        return "f-" + slug(findingId);
    }

    /** The anchor id of a case: {@code case-} and its id made safe as {@link #findingAnchor} does. */
    static String caseAnchor(String caseId) {
        return "case-" + slug(caseId);
    }

    private static String slug(String id) {
        char[] out = new char[id.length()];
        for (int i = 0; i < out.length; i++) {
            char c = id.charAt(i);
            out[i] = c < 128 && Character.isLetterOrDigit(c) || c == '-' || c == '_' ? c : '-';
        }
        return new String(out);
    }

    /** A share as a percentage with one decimal, e.g. {@code 83.3%}. */
    static String percent(long part, long whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
