package io.witness.core.clock;

import io.witness.core.event.Side;
import io.witness.core.event.StatusClass;
import org.jspecify.annotations.Nullable;

/**
 * The status classes of the last few status texts, by the text's identity: a source hands the same
 * few status strings to event after event, and asking the {@link StatusClassifier} hashes the text
 * each time. The same answers as the classifier, which answers the same for the same side and text.
 * Mutable; one thread only.
 */
final class StatusTexts {

    private static final int SLOTS = 8;

    private final StatusClassifier classifier;
    private final Side[] sides = new Side[SLOTS];
    private final String[] texts = new String[SLOTS];
    private final @Nullable StatusClass[] classes = new StatusClass[SLOTS];
    private int next;

    StatusTexts(StatusClassifier classifier) {
        this.classifier = classifier;
    }

    /** {@code classifier.classify(side, text).orElse(null)}. */
    @Nullable StatusClass classOf(Side side, String text) {
        for (int i = 0; i < SLOTS; i++) {
            if (texts[i] == text && sides[i] == side) {
                return classes[i];
            }
        }
        StatusClass found = classifier.classify(side, text).orElse(null);
        sides[next] = side;
        texts[next] = text;
        classes[next] = found;
        next = (next + 1) % SLOTS;
        return found;
    }
}
