package io.witness.core.input;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an input document is wrong: it carries every problem found, not just the first. The
 * person who wrote the document must act: each problem says where and what was expected.
 */
public final class InputRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<InputProblem> problems;

    /**
     * @param problems every problem found, not null, not empty
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public InputRejected(List<InputProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems in the order they were found in the document. */
    public List<InputProblem> problems() {
        return problems;
    }

    private static String describe(List<InputProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An input is rejected for at least one problem, got none");
        }
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return count + ":\n" + problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n"));
    }
}
