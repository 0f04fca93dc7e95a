package io.witness.sources.servicenow;

import java.util.List;

/**
 * A column ServiceNow exports, by its element name ({@code assignment_group}) and the labels a list
 * export may head it with ("Assignment group"), and whether it holds a date and time. The element name is
 * the key of the value in an observation's parsed form.
 *
 * @param element the element name
 * @param labels the labels of the column in list exports
 * @param isTime true when the column holds a date and time in the exporting user's zone and format
 */
record SnColumn(String element, List<String> labels, boolean isTime) {

    SnColumn {
        labels = List.copyOf(labels);
    }

    static SnColumn text(String element, String... labels) {
        return new SnColumn(element, List.of(labels), false);
    }

    static SnColumn time(String element, String... labels) {
        return new SnColumn(element, List.of(labels), true);
    }

    /** The element name first, then the labels: every name the column may have. */
    String[] names() {
        String[] names = new String[labels.size() + 1];
        names[0] = element;
        for (int i = 0; i < labels.size(); i++) {
            names[i + 1] = labels.get(i);
        }
        return names;
    }
}
