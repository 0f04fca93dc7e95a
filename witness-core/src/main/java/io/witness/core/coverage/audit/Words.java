package io.witness.core.coverage.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** How coverage findings put figures into words: counts with their noun, lists, shares. */
public final class Words {

    private Words() {
    }

    /** {@code 1 night}, {@code 4 nights}, {@code 2 patches}: the noun takes an 's' ('es' after s, x, ch, sh) when not 1. */
    public static String count(long n, String noun) {
        if (n == 1) {
            return n + " " + noun;
        }
        boolean es = noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh");
        return n + " " + noun + (es ? "es" : "s");
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    public static String list(List<String> items) {
        if (items.isEmpty()) {
            return "none";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** The share {@code part / whole} as a percentage with one decimal ({@code 66.7%}); {@code 100.0%} of nothing. */
    public static String percent(long part, long whole) {
        return percentValue(part, whole).toPlainString() + "%";
    }

    /** The share {@code part / whole} in percent, one decimal, half up; 100 when {@code whole} is 0. */
    public static BigDecimal percentValue(long part, long whole) {
        if (whole == 0) {
            return new BigDecimal("100.0");
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** A name made safe for a finding's id: letters, digits, '.', '_' and '-' kept, the rest '-'. */
    public static String slug(String text) {
        String slug = text.trim().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "-" : slug;
    }
}
