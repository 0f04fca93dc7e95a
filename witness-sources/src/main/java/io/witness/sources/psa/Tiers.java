package io.witness.sources.psa;

import io.witness.core.event.SupportTier;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The support tier a board, queue or team name states, and only when it states one: {@code Tier 2},
 * {@code Tier-3}, {@code Level 1}, {@code L2}, {@code T3}, {@code 2nd Line}, {@code Second level}…
 * {@code Service Desk} or {@code Help Desk} state none: a tier is never guessed from a name's meaning.
 *
 * <p>Stateless and thread-safe.
 */
public final class Tiers {

    private static final Pattern NUMBER_AFTER = Pattern.compile(
            "(?i)(?:^|[^\\p{L}\\p{N}])(?:tier|level|lvl|line|t|l)\\s*[-_ ]?\\s*([1-9])(?![\\p{N}])");
    private static final Pattern NUMBER_BEFORE = Pattern.compile(
            "(?i)(?:^|[^\\p{L}\\p{N}])([1-9])(?:st|nd|rd|th)?\\s*[-_ ]?\\s*(?:tier|level|line)(?![\\p{L}])");
    private static final Pattern WORD_BEFORE = Pattern.compile(
            "(?i)(?:^|[^\\p{L}])(first|second|third|fourth|fifth)\\s*[-_ ]?\\s*(?:tier|level|line)(?![\\p{L}])");

    private Tiers() {
    }

    /** The tier the name states, if it states one. */
    public static Optional<SupportTier> of(String groupName) {
        for (Pattern pattern : new Pattern[] {NUMBER_AFTER, NUMBER_BEFORE}) {
            Matcher matcher = pattern.matcher(groupName);
            if (matcher.find()) {
                return Optional.of(new SupportTier(Integer.parseInt(matcher.group(1))));
            }
        }
        Matcher word = WORD_BEFORE.matcher(groupName);
        if (word.find()) {
            int level = switch (word.group(1).toLowerCase(java.util.Locale.ROOT)) {
                case "first" -> 1;
                case "second" -> 2;
                case "third" -> 3;
                case "fourth" -> 4;
                default -> 5;
            };
            return Optional.of(new SupportTier(level));
        }
        return Optional.empty();
    }
}
