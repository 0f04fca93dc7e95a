package io.witness.app.report;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a page's links inside it to what it shows: a table shows at most {@link AuditHtml#ROWS} rows, so
 * a figure may cite a finding or case whose row only the table's CSV and JSON files hold. Such a link
 * becomes its text (kept in the link's class, so an id still reads as one), which a browser and the PDF
 * show as they would have, with nowhere dead to go; every other link is left as it is.
 */
final class ShownLinks {

    private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");

    private static final Pattern LINK = Pattern.compile("<a href=\"#([^\"]*)\"( class=\"([^\"]*)\")?>(.*?)</a>", Pattern.DOTALL);

    private ShownLinks() {
    }

    /** The XHTML page with each link to an id it does not hold made plain text. */
    static String of(String xhtml) {
        Set<String> ids = new HashSet<>();
        Matcher id = ID.matcher(xhtml);
        while (id.find()) {
            ids.add(id.group(1));
        }
        Matcher link = LINK.matcher(xhtml);
        StringBuilder out = new StringBuilder(xhtml.length());
        boolean changed = false;
        while (link.find()) {
            if (ids.contains(link.group(1))) {
                continue;
            }
            changed = true;
            String text = link.group(4);
            link.appendReplacement(out, Matcher.quoteReplacement(link.group(3) == null ? text
                    : "<span class=\"" + link.group(3) + "\">" + text + "</span>"));
        }
        if (!changed) {
            return xhtml;
        }
        link.appendTail(out);
        return out.toString();
    }
}
