package io.witness.core.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems found while reading one document so that all of them are reported at once.
 * Not thread-safe: one reader, one collector.
 */
public final class Problems {

    private final List<InputProblem> found = new ArrayList<>();

    public void add(InputProblem problem) {
        found.add(problem);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<InputProblem> list() {
        return List.copyOf(found);
    }

    /**
     * @throws InputRejected with every problem collected, when there is any, in the order of their place in
     *     the document (as a reader goes through it), whatever order they were found in
     */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InputRejected(found.stream()
                    .sorted(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column))
                    .toList());
        }
    }
}
