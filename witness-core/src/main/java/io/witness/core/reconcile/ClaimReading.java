package io.witness.core.reconcile;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.Metric;
import io.witness.core.event.SlaClaimed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a source's own SLA field is read (docs/reconcile.md, "claim-contradicted"): its value says met
 * ({@code true}, {@code yes}, {@code 1}, {@code met}, {@code achieved}, {@code within}…) or not
 * ({@code false}, {@code no}, {@code 0}, {@code breached}, {@code missed}, {@code failed}…); a field whose
 * name says "breach" means the opposite; anything else says nothing. A field naming "response",
 * "resolution" or "plan" concerns the clocks of that metric; any other (ServiceNow's {@code made_sla})
 * concerns the case's response, plan and resolution clocks.
 */
final class ClaimReading {

    private static final List<String> YES = List.of("true", "yes", "y", "1", "met", "achieved", "within", "within sla",
            "ok", "on time", "compliant");
    private static final List<String> NO = List.of("false", "no", "n", "0", "breached", "missed", "failed", "not met",
            "overdue", "late", "non-compliant");

    private ClaimReading() {
    }

    /** What a claim's field name says: the metric whose clocks it concerns (null: response, plan and resolution), and whether it reads inverted. */
    record Field(@Nullable Metric only, boolean inverted) {

        static Field of(String field) {
            Metric only = containsIgnoringCase(field, "resp") ? Metric.RESPONSE
                    : containsIgnoringCase(field, "resol") ? Metric.RESOLUTION
                    : containsIgnoringCase(field, "plan") ? Metric.PLAN : null;
            return new Field(only, containsIgnoringCase(field, "breach"));
        }

        /** True when the field concerns the clock. */
        boolean concerns(ClockResult result) {
            Metric metric = result.metric();
            return only != null ? metric == only : metric == Metric.RESPONSE || metric == Metric.PLAN || metric == Metric.RESOLUTION;
        }
    }

    /** True when the claim says the SLA was met, false when it says breached, empty when it says neither. */
    static Optional<Boolean> saysMet(SlaClaimed claim) {
        Boolean says = saysMet(claim, Field.of(claim.field()));
        return Optional.ofNullable(says);
    }

    /** As {@link #saysMet(SlaClaimed)}, with its field read already: null when it says neither. */
    static @Nullable Boolean saysMet(SlaClaimed claim, Field field) {
        String value = claim.value().trim();
        Boolean says = isOneOf(value, YES) ? Boolean.TRUE : isOneOf(value, NO) ? Boolean.FALSE : null;
        if (says == null) {
            return null;
        }
        return field.inverted() != says;
    }

    /** The witnessed clocks a claim concerns. */
    static List<ClockResult> concerned(SlaClaimed claim, List<ClockResult> witnessed) {
        Field field = Field.of(claim.field());
        List<ClockResult> concerned = new ArrayList<>(witnessed.size());
        for (int i = 0; i < witnessed.size(); i++) {
            ClockResult result = witnessed.get(i);
            if (field.concerns(result)) {
                concerned.add(result);
            }
        }
        return concerned;
    }

    /**
     * True when the text in lower case ({@code Locale.ROOT}) is one of the words: an ASCII text compared ignoring case
     * without a lower-case copy (the same answer for ASCII), any other by its lower-case copy.
     */
    private static boolean isOneOf(String text, List<String> words) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return words.contains(text.toLowerCase(Locale.ROOT));
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equalsIgnoreCase(text)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text} holds {@code part} (lower case) in any case, without a lower-case copy of the text. */
    private static boolean containsIgnoringCase(String text, String part) {
        for (int i = 0; i + part.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }
}
