package io.witness.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A calendar remembers the year it last located an instant in: questions that jump between years, from
 * one thread or several at once, get the answers a calendar asked each question fresh gives.
 */
class BusinessCalendarAcrossYearsTest {

    private static final long YEAR = 31_556_952_000L;
    private static final long START_2020 = 1_577_836_800_000L;

    @Test
    void answersQuestionsThatJumpBetweenYearsAsAFreshCalendarDoes() throws Exception {
        BusinessCalendar shared = Calendars.nineToFiveNewYork();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<long[]>>> asked = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                long seed = thread;
                asked.add(threads.submit(() -> ask(shared, seed)));
            }
            for (int thread = 0; thread < 2; thread++) {
                List<long[]> answers = asked.get(thread).get();
                List<long[]> fresh = new ArrayList<>();
                for (long[] answer : answers) {
                    BusinessCalendar calendar = Calendars.nineToFiveNewYork();
                    fresh.add(new long[] {answer[0], answer[1], calendar.betweenMillis(answer[0], answer[1]),
                        calendar.addMillis(answer[0], answer[3] == Long.MIN_VALUE ? 0 : answer[1] - answer[0]),
                        calendar.isOpenMillis(answer[1]) ? 1 : 0});
                }
                for (int i = 0; i < answers.size(); i++) {
                    long[] answer = answers.get(i);
                    long[] expected = fresh.get(i);
                    assertThat(answer[2]).as("between %d %d", answer[0], answer[1]).isEqualTo(expected[2]);
                    assertThat(answer[4]).isEqualTo(expected[4]);
                    if (answer[3] != Long.MIN_VALUE) {
                        assertThat(answer[3]).as("add %d %d", answer[0], answer[1] - answer[0]).isEqualTo(expected[3]);
                    }
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** Random instants over 2020-2029, each next one in another year: {a, b, between, add or MIN_VALUE, open}. */
    private static List<long[]> ask(BusinessCalendar calendar, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<long[]> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long a = START_2020 + random.nextLong(10 * YEAR);
            long b = a + random.nextLong(2 * YEAR);
            boolean add = i % 2 == 0;
            answers.add(new long[] {a, b, calendar.betweenMillis(a, b), add ? calendar.addMillis(a, b - a) : Long.MIN_VALUE,
                calendar.isOpenMillis(b) ? 1 : 0});
        }
        return answers;
    }
}
