package io.witness.core.pattern;

import io.witness.core.contract.PartyId;
import io.witness.core.event.Priority;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether response times rose or fell over the periods: the weekly medians of the business time the
 * response clocks counted (those stopped with a verdict, by the week of their stop, weeks from Monday in
 * the report's zone), tested with {@link MannKendall} and drawn with a {@link TheilSen} line whose ends give
 * the change (docs/kpis.md, "Response-time trend"). Immutable.
 *
 * @param provider the provider
 * @param priority the priority the trend is of; empty for all
 * @param weeks each week with responses, in order
 * @param test the Mann–Kendall test of the weekly medians; empty when there are too few weeks
 * @param line the Theil–Sen line of median against week number; empty when there are too few weeks
 * @param direction improving, declining, static, or untested
 * @param minWeeks how many weeks a test needs
 */
public record ResponseTrend(PartyId provider, Optional<Priority> priority, List<Week> weeks, Optional<MannKendall> test,
        Optional<TheilSen> line, Direction direction, int minWeeks) implements Pattern {

    /** Which way response times went. */
    public enum Direction {
        /** Significantly shorter over time. */
        IMPROVING,
        /** Significantly longer over time. */
        DECLINING,
        /** No significant trend. */
        STATIC,
        /** Too few weeks to test. */
        UNTESTED
    }

    /**
     * One week's responses.
     *
     * @param start the Monday the week starts on
     * @param number the week's number from the first week of the periods (0 is that week)
     * @param responses how many response clocks stopped in it, at least 1
     * @param medianMillis their median business time
     */
    public record Week(LocalDate start, int number, long responses, long medianMillis) {
        public Week {
            Objects.requireNonNull(start, "start");
            if (responses < 1 || medianMillis < 0) {
                throw new IllegalArgumentException("A week with responses has at least one and a median >= 0, got "
                        + responses + " and " + medianMillis);
            }
        }
    }

    public ResponseTrend {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(priority, "priority");
        weeks = List.copyOf(weeks);
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(direction, "direction");
        if (test.isPresent() != line.isPresent() || test.isEmpty() != (direction == Direction.UNTESTED)) {
            throw new IllegalArgumentException("A tested trend has its test and line, an untested one neither");
        }
    }

    /** The trend of the weekly responses of one priority or all; empty when no response stopped. */
    static Optional<ResponseTrend> of(CaseSet cases, WeeklyResponses weekly, Optional<Priority> priority,
            PatternOptions options) {
        List<Week> weeks = weekly.weeks(priority);
        if (weeks.isEmpty()) {
            return Optional.empty();
        }
        if (weeks.size() < options.trendMinWeeks()) {
            return Optional.of(new ResponseTrend(cases.provider(), priority, weeks, Optional.empty(), Optional.empty(),
                    Direction.UNTESTED, options.trendMinWeeks()));
        }
        double[] x = new double[weeks.size()];
        double[] y = new double[weeks.size()];
        for (int i = 0; i < weeks.size(); i++) {
            x[i] = weeks.get(i).number();
            y[i] = weeks.get(i).medianMillis();
        }
        MannKendall test = MannKendall.of(y);
        Direction direction = !test.isSignificant(options.significance()) ? Direction.STATIC
                : test.s() < 0 ? Direction.IMPROVING : Direction.DECLINING;
        return Optional.of(new ResponseTrend(cases.provider(), priority, weeks, Optional.of(test),
                Optional.of(TheilSen.of(x, y)), direction, options.trendMinWeeks()));
    }

    /** The line's value at the first week with responses, not below zero, in milliseconds. */
    public long fromMillis() {
        return line.map(l -> Math.max(0, Math.round(l.at(weeks.get(0).number())))).orElse(weeks.get(0).medianMillis());
    }

    /** The line's value at the last week with responses, not below zero, in milliseconds. */
    public long toMillis() {
        Week last = weeks.get(weeks.size() - 1);
        return line.map(l -> Math.max(0, Math.round(l.at(last.number())))).orElse(last.medianMillis());
    }

    /** The change from the line's start to its end, in percent of the start; empty when the start is zero. */
    public Optional<Double> percentChange() {
        long from = fromMillis();
        return from == 0 ? Optional.empty() : Optional.of(100.0 * (toMillis() - from) / from);
    }

    /** How many weeks from the first week with responses to the last, both counted. */
    public int spanWeeks() {
        return weeks.get(weeks.size() - 1).number() - weeks.get(0).number() + 1;
    }

    /**
     * {@code Response times improved: the weekly median fell 38.2% over 12 weeks, from 1 h 40 min to 1 h 2 min
     * (Mann-Kendall S = -40, p = 0.003, 12 weeks with responses).}
     */
    @Override
    public String sentence() {
        String subject = priority.map(p -> p + " response times").orElse("Response times");
        if (direction == Direction.UNTESTED) {
            return subject + ": too few weeks with responses (" + weeks.size() + ") to test a trend; at least " + minWeeks
                    + " are needed.";
        }
        MannKendall mk = test.orElseThrow();
        String figures = "(Mann-Kendall S = " + mk.s() + ", " + Words.p(mk.p()) + ", " + weeks.size()
                + " weeks with responses)";
        String span = spanWeeks() + " weeks";
        String from = Words.duration(fromMillis());
        String to = Words.duration(toMillis());
        String change = percentChange().map(p -> Words.percent(Math.abs(p)) + " ").orElse("");
        return switch (direction) {
            case IMPROVING -> subject + " improved: the weekly median fell " + change + "over " + span + ", from " + from
                    + " to " + to + " " + figures + ".";
            case DECLINING -> subject + " declined: the weekly median rose " + change + "over " + span + ", from " + from
                    + " to " + to + " " + figures + ".";
            default -> subject + " were static over " + span + ": no significant trend " + figures
                    + "; the weekly median's line goes from " + from + " to " + to + ".";
        };
    }
}
