package io.witness.core.clock;

import io.witness.core.event.Side;
import io.witness.core.event.StatusClass;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives the status class of a source's own status text, for events that did not carry one. The
 * contract maps each side's statuses; a status whose text already is a class name ("waiting customer",
 * "In Progress") needs no mapping.
 */
@FunctionalInterface
public interface StatusClassifier {

    /** The class of a side's status; empty when it is not known. */
    Optional<StatusClass> classify(Side side, String status);

    /** Knows only statuses whose text is a class name. */
    static StatusClassifier byClassName() {
        return (side, status) -> StatusClass.fromWire(status.trim().toLowerCase(Locale.ROOT).replace(' ', '_'));
    }

    /**
     * The given map for each side (exact text, then ignoring case), then class names. Answers are
     * remembered per side and text: a case replays the same few statuses over and over.
     */
    static StatusClassifier of(Map<Side, Map<String, StatusClass>> bySide) {
        Map<Side, Map<String, StatusClass>> folded = new EnumMap<>(Side.class);
        bySide.forEach((side, map) -> {
            Map<String, StatusClass> lower = new HashMap<>();
            map.forEach((status, statusClass) -> lower.put(status.toLowerCase(Locale.ROOT), statusClass));
            folded.put(side, lower);
        });
        StatusClassifier fallback = byClassName();
        Map<Side, Map<String, Optional<StatusClass>>> memo = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            memo.put(side, new ConcurrentHashMap<>());
        }
        return (side, status) -> {
            Map<String, Optional<StatusClass>> known = memo.get(side);
            Optional<StatusClass> answer = known.get(status);
            if (answer == null) {
                StatusClass found = bySide.getOrDefault(side, Map.of()).get(status);
                if (found == null) {
                    found = folded.getOrDefault(side, Map.of()).get(status.toLowerCase(Locale.ROOT));
                }
                answer = found != null ? Optional.of(found) : fallback.classify(side, status);
                known.put(status, answer);
            }
            return answer;
        };
    }
}
