package io.witness.app.report;

import java.util.Locale;

/**
 * A credit statement's arithmetic step as a page shows it: a per-breach step names every breached case
 * ("141 breaches (INC4743, INC10290, …)"), thousands on a million-case tenant, so the page lists the first
 * {@link #LISTED} and says how many more; the credit-lines CSV and JSON hold them all.
 */
final class ArithmeticStep {

    /** The most cases a step lists on a page. */
    static final int LISTED = 20;

    private ArithmeticStep() {
    }

    /**
     * The step with each parenthesised list of more than {@link #LISTED} ids (no spaces, separated by
     * {@code ", "}) cut to its first ones and a count of the rest. A plain scan, no regular expression:
     * a list may hold tens of thousands of ids.
     */
    static String shown(String step) {
        if (step.length() < 16 * LISTED) {
            return step;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        int open = step.indexOf('(');
        while (open >= 0) {
            int close = step.indexOf(')', open);
            if (close < 0) {
                break;
            }
            String[] ids = step.substring(open + 1, close).split(", ", -1);
            if (ids.length > LISTED && java.util.Arrays.stream(ids).allMatch(ArithmeticStep::isId)) {
                out.append(step, from, open + 1).append(String.join(", ", java.util.Arrays.asList(ids).subList(0, LISTED)))
                        .append(" … and ").append(String.format(Locale.ROOT, "%,d", ids.length - LISTED)).append(" more)");
                from = close + 1;
            }
            open = step.indexOf('(', close);
        }
        return from == 0 ? step : out.append(step, from, step.length()).toString();
    }

    private static boolean isId(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == ',' || c == '(' || c == ')') {
                return false;
            }
        }
        return true;
    }
}
