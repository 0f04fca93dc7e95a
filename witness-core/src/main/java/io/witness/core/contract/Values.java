package io.witness.core.contract;

import io.witness.core.input.YamlNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the plain values of a contract file, reporting each wrong one where it is. */
final class Values {

    private Values() {
    }

    static Optional<String> text(YamlNode node) {
        return node.text();
    }

    /** A text that is not blank. */
    static Optional<String> words(YamlNode node) {
        return node.text().flatMap(t -> t.isBlank() ? node.fail("expected some text, found nothing") : Optional.of(t));
    }

    static String textOr(Map<String, YamlNode> f, String key, String fallback) {
        return f.containsKey(key) ? f.get(key).text().orElse(fallback) : fallback;
    }

    static Optional<YamlNode> required(YamlNode parent, Map<String, YamlNode> f, String key, String what) {
        if (!f.containsKey(key)) {
            return parent.fail("missing key '" + key + "' (" + what + ")");
        }
        return Optional.of(f.get(key));
    }

    static Optional<ClauseRef> section(YamlNode node) {
        return words(node).map(ClauseRef::new);
    }

    /** The section of a term, required. */
    static Optional<ClauseRef> section(YamlNode parent, Map<String, YamlNode> f) {
        return required(parent, f, "section", "the contract clause that sets it, such as \"4.2\"").flatMap(Values::section);
    }

    static Optional<LocalDate> date(YamlNode node) {
        return node.text().flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return node.fail("expected a date YYYY-MM-DD, found '" + text + "'");
            }
        });
    }

    static Optional<Integer> count(YamlNode node, int min, int max) {
        return node.integer().flatMap(n -> n < min || n > max
                ? node.fail("expected a whole number from " + min + " to " + max + ", found " + n)
                : Optional.of(n));
    }

    static Optional<Integer> atLeast(YamlNode node, int min) {
        return node.integer().flatMap(n -> n < min
                ? node.fail("expected a whole number of " + min + " or more, found " + n)
                : Optional.of(n));
    }

    static Optional<Currency> currency(YamlNode node) {
        return node.text().flatMap(text -> {
            try {
                if (text.length() == 3 && text.equals(text.toUpperCase(java.util.Locale.ROOT))) {
                    return Optional.of(Currency.getInstance(text));
                }
            } catch (IllegalArgumentException e) {
                // not an ISO 4217 code: reported below
            }
            return node.fail("expected an ISO 4217 currency code such as USD, EUR or GBP, found '" + text + "'");
        });
    }

    /** An amount of money in the contract's currency: a number such as 12500 or 12500.00. */
    static Optional<Money> money(YamlNode node, Currency currency) {
        return node.text().flatMap(text -> {
            BigDecimal amount;
            try {
                amount = new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                return node.fail("expected an amount such as 12500 or 12500.00 (in " + currency.getCurrencyCode()
                        + "), found '" + text + "'");
            }
            try {
                return Optional.of(new Money(amount, currency));
            } catch (IllegalArgumentException e) {
                return node.fail("expected an amount of 0 or more with at most "
                        + Math.max(0, currency.getDefaultFractionDigits()) + " decimals, found '" + text + "'");
            }
        });
    }

    /** A percentage written with its sign: {@code 5%}, {@code 99.5%}. */
    static Optional<Percent> percent(YamlNode node) {
        return node.text().flatMap(text -> {
            String t = text.trim();
            if (t.endsWith("%")) {
                try {
                    return Optional.of(new Percent(new BigDecimal(t.substring(0, t.length() - 1).trim())));
                } catch (IllegalArgumentException e) {
                    // not a number, or out of range: reported below
                }
            }
            return node.fail("expected a percentage from 0% to 100% such as 5% or 99.5%, found '" + text + "'");
        });
    }

    /** A credit: a percentage of the monthly fee ({@code 5%}) or an amount ({@code 250.00}). */
    static Optional<CreditAmount> credit(YamlNode node, Currency currency) {
        Optional<String> text = node.text();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().trim().endsWith("%")) {
            return percent(node).map(CreditAmount.ShareOfFee::new);
        }
        try {
            new BigDecimal(text.get().trim());
        } catch (NumberFormatException e) {
            return node.fail("expected a share of the monthly fee such as 5% or an amount such as 250.00, found '"
                    + text.get() + "'");
        }
        return money(node, currency).map(CreditAmount.Fixed::new);
    }

    /** One of an enum's wire names. */
    static <E extends Enum<E>> Optional<E> choice(YamlNode node, Class<E> type, Function<E, String> wireName) {
        return node.text().flatMap(text -> Arrays.stream(type.getEnumConstants()).filter(e -> wireName.apply(e).equals(text))
                .findFirst().or(() -> node.fail("expected one of " + names(type, wireName) + "; found '" + text + "'")));
    }

    static <E extends Enum<E>> String names(Class<E> type, Function<E, String> wireName) {
        return Arrays.stream(type.getEnumConstants()).map(wireName).collect(Collectors.joining(", "));
    }

    /** A list of texts, or one text alone. */
    static List<String> texts(YamlNode node) {
        List<String> texts = new ArrayList<>();
        node.itemsOrSelf().forEach(item -> item.text().ifPresent(texts::add));
        return texts;
    }

    /** An id, with the message of its rule when it breaks it. */
    static <T> Optional<T> id(YamlNode node, Function<String, T> make) {
        return node.text().flatMap(text -> {
            try {
                return Optional.of(make.apply(text));
            } catch (IllegalArgumentException e) {
                return node.fail("expected an id: a letter or digit, then letters, digits, '.', '_' or '-'; found '" + text + "'");
            }
        });
    }

    /** Catches the message of a value's own check and reports it where the value is. */
    static <T> Optional<T> build(YamlNode node, java.util.function.Supplier<T> make) {
        try {
            return Optional.of(make.get());
        } catch (IllegalArgumentException | DateTimeException e) {
            return node.fail(e.getMessage());
        }
    }
}
