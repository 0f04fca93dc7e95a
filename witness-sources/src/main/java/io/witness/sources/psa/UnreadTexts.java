package io.witness.sources.psa;

import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.UnmappedValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Audit trail and history sentences that speak of a status, priority or assignment but have none of the
 * forms {@link ChangeText} reads: reported with their counts as unmapped values of field
 * {@code history text}, never guessed at. One case, one thread.
 */
public final class UnreadTexts {

    private static final List<String> WORDS = List.of("status", "priority", "board", "queue", "team", "reopen");
    private final Map<String, Long> counts = new LinkedHashMap<>();

    /** Counts the text when it names something a timeline needs. */
    public void offer(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (WORDS.stream().anyMatch(lower::contains)) {
            String line = text.strip().replaceAll("\\s+", " ");
            counts.merge(line.length() > 120 ? line.substring(0, 117) + "..." : line, 1L, Long::sum);
        }
    }

    /** The events with these texts added to their unmapped values. */
    public CaseEvents addTo(CaseEvents events) {
        if (counts.isEmpty()) {
            return events;
        }
        List<UnmappedValue> unmapped = new ArrayList<>(events.unmapped());
        counts.forEach((text, count) -> unmapped.add(new UnmappedValue("history text", text, count)));
        return new CaseEvents(events.events(), unmapped);
    }
}
