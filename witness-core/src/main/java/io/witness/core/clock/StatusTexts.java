package io.witness.core.clock;

import io.witness.core.event.Side;
import io.witness.core.event.StatusClass;
import org.jspecify.annotations.Nullable;

/**
 * The status classes of recent status texts, by the text's identity: a source hands the same few status
 * strings to event after event, and asking the {@link StatusClassifier} hashes the text into its maps
 * each time. A text has one slot, found from its hash (which a string keeps once computed) and its side,
 * so that a lookup is one comparison. The same answers as the classifier, which answers the same for the
 * same side and text. Mutable; one thread only.
 */
final class StatusTexts {

    private static final int SLOTS = 16;

    private final StatusClassifier classifier;
    private final Side[] sides = new Side[SLOTS];
    private final String[] texts = new String[SLOTS];
    private final @Nullable StatusClass[] classes = new StatusClass[SLOTS];

    StatusTexts(StatusClassifier classifier) {
        this.classifier = classifier;
    }

    /** {@code classifier.classify(side, text).orElse(null)}. */
    @Nullable StatusClass classOf(Side side, String text) {
        int slot = (text.hashCode() * 31 + side.ordinal()) & (SLOTS - 1);
        if (texts[slot] == text && sides[slot] == side) {
            return classes[slot];
        }
        StatusClass found = classifier.classify(side, text).orElse(null);
        sides[slot] = side;
        texts[slot] = text;
        classes[slot] = found;
        return found;
    }
}
