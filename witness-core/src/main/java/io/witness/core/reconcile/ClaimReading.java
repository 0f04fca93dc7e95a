package io.witness.core.reconcile;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.Metric;
import io.witness.core.event.SlaClaimed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How a source's own SLA field is read (docs/reconcile.md, "claim-contradicted"): its value says met
 * ({@code true}, {@code yes}, {@code 1}, {@code met}, {@code achieved}, {@code within}…) or not
 * ({@code false}, {@code no}, {@code 0}, {@code breached}, {@code missed}, {@code failed}…); a field whose
 * name says "breach" means the opposite; anything else says nothing. A field naming "response",
 * "resolution" or "plan" concerns the clocks of that metric; any other (ServiceNow's {@code made_sla})
 * concerns the case's response, plan and resolution clocks.
 */
final class ClaimReading {

    private static final Set<String> YES = Set.of("true", "yes", "y", "1", "met", "achieved", "within", "within sla",
            "ok", "on time", "compliant");
    private static final Set<String> NO = Set.of("false", "no", "n", "0", "breached", "missed", "failed", "not met",
            "overdue", "late", "non-compliant");

    private ClaimReading() {
    }

    /** True when the claim says the SLA was met, false when it says breached, empty when it says neither. */
    static Optional<Boolean> saysMet(SlaClaimed claim) {
        String value = claim.value().trim().toLowerCase(Locale.ROOT);
        Boolean says = YES.contains(value) ? Boolean.TRUE : NO.contains(value) ? Boolean.FALSE : null;
        if (says == null) {
            return Optional.empty();
        }
        boolean inverted = containsIgnoringCase(claim.field(), "breach");
        return Optional.of(inverted != says);
    }

    /** The witnessed clocks a claim concerns. */
    static List<ClockResult> concerned(SlaClaimed claim, List<ClockResult> witnessed) {
        String field = claim.field();
        Metric only = containsIgnoringCase(field, "resp") ? Metric.RESPONSE
                : containsIgnoringCase(field, "resol") ? Metric.RESOLUTION
                : containsIgnoringCase(field, "plan") ? Metric.PLAN : null;
        List<ClockResult> concerned = new ArrayList<>(witnessed.size());
        for (int i = 0; i < witnessed.size(); i++) {
            ClockResult result = witnessed.get(i);
            boolean counts = only != null ? result.metric() == only
                    : result.metric() == Metric.RESPONSE || result.metric() == Metric.PLAN
                            || result.metric() == Metric.RESOLUTION;
            if (counts) {
                concerned.add(result);
            }
        }
        return concerned;
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
