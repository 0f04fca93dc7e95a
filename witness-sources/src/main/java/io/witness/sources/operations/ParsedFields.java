package io.witness.sources.operations;

import io.witness.ledger.chain.CanonicalJson;
import io.witness.sources.format.LoggedObservation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * An observation's parsed JSON read back by key, as the canonical formats wrote it. A required key that
 * is missing means the observation was not written by the format reading it: that is an
 * {@link IllegalArgumentException} naming the observation and the key. One observation, one thread.
 */
final class ParsedFields {

    private final LoggedObservation observation;
    private final JsonNode json;

    ParsedFields(LoggedObservation observation) {
        this.observation = observation;
        this.json = CanonicalJson.parse(observation.draft().parsedJson());
    }

    JsonNode json() {
        return json;
    }

    Optional<String> optionalText(String key) {
        JsonNode value = json.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asString());
    }

    String text(String key) {
        return optionalText(key).orElseThrow(() -> missing(key));
    }

    String textOrEmpty(String key) {
        return optionalText(key).orElse("");
    }

    LocalDate date(String key) {
        return LocalDate.parse(text(key));
    }

    Optional<LocalDate> optionalDate(String key) {
        return optionalText(key).map(LocalDate::parse);
    }

    Instant instant(String key) {
        return Instant.parse(text(key));
    }

    Optional<Instant> optionalInstant(String key) {
        return optionalText(key).map(Instant::parse);
    }

    YearMonth month(String key) {
        return YearMonth.parse(text(key));
    }

    Optional<YearMonth> optionalMonth(String key) {
        return optionalText(key).map(YearMonth::parse);
    }

    BigDecimal decimal(String key) {
        return new BigDecimal(text(key));
    }

    Optional<Long> optionalLong(String key) {
        JsonNode value = json.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asLong());
    }

    boolean bool(String key) {
        JsonNode value = json.get(key);
        return value != null && value.asBoolean();
    }

    List<String> list(String key) {
        JsonNode value = json.get(key);
        List<String> items = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> items.add(item.asString()));
        }
        return items;
    }

    private IllegalArgumentException missing(String key) {
        return new IllegalArgumentException("Observation " + observation.ref().id() + " (" + observation.draft().kind() + ") has no '"
                + key + "'; it was not written by this format");
    }
}
