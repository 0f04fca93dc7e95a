package io.witness.app.report;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A credit statement's arithmetic step as a page shows it: a per-breach step names every breached case
 * ("141 breaches (INC4743, INC10290, …)"), thousands on a million-case tenant, so the page lists the first
 * {@link #LISTED} and says how many more; the credit-lines CSV and JSON hold them all.
 */
final class ArithmeticStep {

    /** The most cases a step lists on a page. */
    static final int LISTED = 20;

    /** A parenthesised list of ids separated by ", " ending the step or followed by more words. */
    private static final Pattern LIST = Pattern.compile("\\(([^(), ]+(?:, [^(), ]+){" + LISTED + ",})\\)");

    private ArithmeticStep() {
    }

    /** The step with each list of more than {@link #LISTED} ids cut to its first ones and a count of the rest. */
    static String shown(String step) {
        if (step.length() < 16 * LISTED) {
            return step;
        }
        Matcher m = LIST.matcher(step);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String[] ids = m.group(1).split(", ");
            m.appendReplacement(out, Matcher.quoteReplacement("(" + String.join(", ", java.util.Arrays.asList(ids).subList(0, LISTED))
                    + " … and " + String.format(Locale.ROOT, "%,d", ids.length - LISTED) + " more)"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
