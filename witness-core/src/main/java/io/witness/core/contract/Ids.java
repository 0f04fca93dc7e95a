package io.witness.core.contract;

import java.util.Objects;
import java.util.regex.Pattern;

/** The one rule every id in a contract follows: a letter or digit, then letters, digits, '.', '_' or '-'. */
final class Ids {

    static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private Ids() {
    }

    static String check(String value, String what) {
        Objects.requireNonNull(value, what);
        if (!PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException("A " + what + " is a letter or digit followed by letters, digits, '.', '_' or '-',"
                    + " got '" + value + "'");
        }
        return value;
    }
}
