package io.witness.core.register;

import io.witness.core.reconcile.Case;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A case's timeline, people and communications as the register tells them, shared by the entries of the case's
 * findings and told the first time an entry is asked (one object a case rather than a maker and a cache per list).
 * Each list is made by a pure function of the case: two threads asking at once may both make it; either is kept,
 * and they are equal. Thread-safe.
 */
final class CaseLines {

    private final @Nullable Case theCase;
    private final @Nullable CaseStory story;
    private volatile @Nullable List<String> timeline;
    private volatile @Nullable List<String> people;
    private volatile @Nullable List<String> communications;

    /** The lines of {@code theCase}, told by {@code story} when first asked. */
    CaseLines(Case theCase, CaseStory story) {
        this.theCase = Objects.requireNonNull(theCase, "theCase");
        this.story = Objects.requireNonNull(story, "story");
    }

    private CaseLines(List<String> timeline, List<String> people, List<String> communications) {
        this.theCase = null;
        this.story = null;
        this.timeline = List.copyOf(timeline);
        this.people = List.copyOf(people);
        this.communications = List.copyOf(communications);
    }

    /** Lines given as they are (copied). */
    static CaseLines of(List<String> timeline, List<String> people, List<String> communications) {
        return new CaseLines(timeline, people, communications);
    }

    List<String> timeline() {
        List<String> lines = timeline;
        if (lines == null) {
            lines = List.copyOf(story().timeline(theCase()));
            timeline = lines;
        }
        return lines;
    }

    List<String> people() {
        List<String> lines = people;
        if (lines == null) {
            lines = story().people(theCase());
            people = lines;
        }
        return lines;
    }

    List<String> communications() {
        List<String> lines = communications;
        if (lines == null) {
            lines = List.copyOf(story().communications(theCase()));
            communications = lines;
        }
        return lines;
    }

    private CaseStory story() {
        return Objects.requireNonNull(story, "story");
    }

    private Case theCase() {
        return Objects.requireNonNull(theCase, "theCase");
    }
}
