package io.witness.bench;

import io.witness.core.calendar.BusinessCalendar;
import io.witness.core.clock.ClockEngine;
import io.witness.core.contract.Contract;
import io.witness.core.event.TicketEvent;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The timed run of issue #3: generates the workload, then for each figure warms up and measures several
 * rounds, and prints the median with the minimum and maximum.
 *
 * <ul>
 *   <li>(a) engine events/s on one thread: every timeline of every case ({@link ClockEngine#timelinesOf})
 *       through {@link ClockEngine#compute}; the events counted are each case's size once per timeline
 *       computed;
 *   <li>(a2) the same with the cases split in two halves on two platform threads, by wall time;
 *   <li>(b) the baseline: the same timelines reduced to wall-clock durations ({@link WallClockDurations}),
 *       counted the same way; and the ratio of engine time to baseline time on one thread;
 *   <li>(r) that ratio again, measured in pairs (an engine pass, then a baseline pass, each round) by
 *       wall time and by the thread's CPU time, so that other processes' load weighs on both alike; the
 *       median wall-time ratio is the one the goal is judged on;
 *   <li>(r2) the same pairs with an engine pass that also reads every result's due instant and warning,
 *       which a result counts on its calendar only when read (an audit reads neither): shown beside (r),
 *       so that the lazy due cannot flatter the figure unseen;
 *   <li>(c) {@code betweenMillis} and {@code addMillis} ops/s on each calendar of the contract and on
 *       {@link BusinessCalendar#always()}, beside plain {@code b - a} and {@code t + d} loops.
 * </ul>
 *
 * Run with {@code witness-bench/run [--cases N] [--rounds R] [--warmup W] [--seed S] [--quick]}.
 */
public final class EngineBenchmark {

    private static final double ENGINE_GOAL = 5e6;
    private static final double RATIO_GOAL = 3;
    private static final double CALENDAR_GOAL = 10e6;
    private static final long MIN_ROUND_NANOS = 50_000_000;
    /** Bytes allocated and CPU time of the measuring thread (HotSpot's extension of the thread bean). */
    private static final com.sun.management.ThreadMXBean THREAD =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final BenchOptions options;
    private final PrintStream out;
    /** Every pass's checksum is added here and printed at the end, so that no pass is dead code. */
    private long sink;
    private double engineToBaseline;

    private EngineBenchmark(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        run(options, System.out);
    }

    /** Runs every measurement and prints the figures to {@code out}. */
    static void run(BenchOptions options, PrintStream out) {
        new EngineBenchmark(options, out).run();
    }

    private void run() {
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "Witness engine benchmark (issue #3): %s%n", options);
        out.printf(Locale.ROOT, "JVM %s %s, %d cores, max heap %d MB; load average %s%n",
                System.getProperty("java.vm.name"), System.getProperty("java.vm.version"), runtime.availableProcessors(),
                runtime.maxMemory() >> 20, loadAverage());

        Contract contract = BenchContract.parse();
        ClockEngine engine = new ClockEngine(contract.clocks(), contract.statusClassifier());
        long started = System.nanoTime();
        Workload workload = Workload.generate(options.cases(), options.seed());
        double generated = (System.nanoTime() - started) / 1e9;
        long events = workload.eventCount();
        out.printf(Locale.ROOT, "workload: %,d cases, %,d events (%.1f a case), %,d events a pass counted once per"
                + " timeline computed; generated in %.1f s%n", workload.cases().size(), events,
                (double) events / workload.cases().size(), workload.timelineEvents(), generated);

        Rounds engine1 = caseFigures(engine, workload);
        double slowestCalendar = calendarFigures(contract);
        double ratio = engineToBaseline;
        out.printf(Locale.ROOT, "goals: engine ≥ 5 M events/s on 1 thread: %s (%.2f M); engine time ≤ 3× baseline, (r): %s"
                + " (%.1f×); add/between ≥ 10 M ops/s on every calendar: %s (slowest %.2f M)%n",
                verdict(engine1.median() >= ENGINE_GOAL), engine1.median() / 1e6, verdict(ratio <= RATIO_GOAL), ratio,
                verdict(slowestCalendar >= CALENDAR_GOAL), slowestCalendar / 1e6);
        // Other processes on the machine skew the figures: the load average tells whether any ran.
        out.printf(Locale.ROOT, "checksum %d; load average %s%n", sink, loadAverage());
    }

    /** (a), (a2) and (b); returns the engine's figure on one thread and sets the ratio to the baseline. */
    private Rounds caseFigures(ClockEngine engine, Workload workload) {
        List<List<TicketEvent>> cases = workload.cases();
        long perPass = workload.timelineEvents();
        Object[] ring = new Object[CasePasses.RING];
        Rounds engine1 = measure("events", perPass,
                () -> CasePasses.engine(engine, cases, 0, cases.size(), workload.now(), ring));
        out.println("(a)  engine, 1 thread       " + engine1.describe());
        int half = cases.size() / 2;
        Object[] ring2 = new Object[CasePasses.RING];
        Rounds engine2 = measure("events", perPass, () -> inTwoThreads(
                () -> CasePasses.engine(engine, cases, 0, half, workload.now(), ring),
                () -> CasePasses.engine(engine, cases, half, cases.size(), workload.now(), ring2)), false);
        out.println("(a2) engine, 2 threads      " + engine2.describe());
        Rounds baseline = measure("events", perPass,
                () -> CasePasses.baseline(cases, 0, cases.size(), workload.now(), ring));
        out.println("(b)  wall-clock baseline    " + baseline.describe());
        out.printf(Locale.ROOT, "     engine time / baseline time, 1 thread: %.1f× (medians of (a) and (b))%n",
                baseline.median() / engine1.median());
        LongSupplier baselinePass = () -> CasePasses.baseline(cases, 0, cases.size(), workload.now(), ring);
        engineToBaseline = pairedRatio("(r)  engine time / baseline time",
                () -> CasePasses.engine(engine, cases, 0, cases.size(), workload.now(), ring), baselinePass);
        pairedRatio("(r2) engine with every result's due and warning read / baseline time",
                () -> CasePasses.engineReadingDue(engine, cases, 0, cases.size(), workload.now(), ring), baselinePass);
        return engine1;
    }

    /**
     * (r): engine time / baseline time measured in pairs, an engine pass then a baseline pass each round, so
     * that a load from other processes weighs on both alike; by wall time and by the thread's CPU time
     * (which leaves out the time other processes held the core). Prints them after {@code label}; returns
     * the median wall-time ratio.
     */
    private double pairedRatio(String label, LongSupplier enginePass, LongSupplier baselinePass) {
        int engineRepeats = repeatsFor(enginePass);
        int baselineRepeats = repeatsFor(baselinePass);
        int rounds = Math.max(5, options.rounds());
        double[] wall = new double[rounds];
        double[] cpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long[] engineTime = timed(enginePass, engineRepeats);
            long[] baselineTime = timed(baselinePass, baselineRepeats);
            wall[r] = (double) engineTime[0] / engineRepeats / ((double) baselineTime[0] / baselineRepeats);
            cpu[r] = (double) engineTime[1] / engineRepeats / ((double) baselineTime[1] / baselineRepeats);
        }
        double wallMedian = median(wall);
        out.printf(Locale.ROOT, "%s, 1 thread, %d rounds of one engine pass then one baseline pass: wall %.2f×"
                + " (min %.2f, max %.2f), thread CPU %.2f× (min %.2f, max %.2f)%n", label, rounds,
                wallMedian, Arrays.stream(wall).min().orElse(0), Arrays.stream(wall).max().orElse(0), median(cpu),
                Arrays.stream(cpu).min().orElse(0), Arrays.stream(cpu).max().orElse(0));
        return wallMedian;
    }

    /** How many times to repeat a pass so that it lasts {@link #MIN_ROUND_NANOS}. */
    private int repeatsFor(LongSupplier pass) {
        long once = System.nanoTime();
        sink += pass.getAsLong();
        once = System.nanoTime() - once;
        return (int) Math.max(1, Math.min(1_000, MIN_ROUND_NANOS / Math.max(1, once)));
    }

    /** {@code repeats} passes: their wall time and this thread's CPU time, in nanoseconds. */
    private long[] timed(LongSupplier pass, int repeats) {
        long cpuStart = THREAD.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < repeats; i++) {
            sink += pass.getAsLong();
        }
        return new long[] {System.nanoTime() - start, THREAD.getCurrentThreadCpuTime() - cpuStart};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** (c); returns the slowest median of betweenMillis and addMillis over the calendars. */
    private double calendarFigures(Contract contract) {
        Map<String, BusinessCalendar> calendars = new LinkedHashMap<>(contract.calendars().size() + 1);
        for (String name : List.of("always", "ny", "berlin")) {
            calendars.put(name, contract.calendars().get(name));
        }
        calendars.put("BusinessCalendar.always()", BusinessCalendar.always());
        CalendarPasses.Operands operands = CalendarPasses.Operands.generate(options.calendarOps(), options.seed());
        int ops = options.calendarOps();
        Rounds minus = measure("ops", ops, () -> CalendarPasses.subtract(operands));
        Rounds plus = measure("ops", ops, () -> CalendarPasses.plus(operands));
        out.println("(c)  calendar arithmetic (2026–2027 instants; add 0–200 business hours)");
        out.println("     baseline b - a              " + minus.describe());
        out.println("     baseline t + d              " + plus.describe());
        double slowestCalendar = Double.MAX_VALUE;
        for (Map.Entry<String, BusinessCalendar> entry : calendars.entrySet()) {
            BusinessCalendar calendar = entry.getValue();
            Rounds between = measure("ops", ops, () -> CalendarPasses.between(calendar, operands));
            Rounds add = measure("ops", ops, () -> CalendarPasses.add(calendar, operands));
            out.printf(Locale.ROOT, "     %-25s betweenMillis %s  %.1f× the time of b - a%n", entry.getKey(),
                    between.describe(), minus.median() / between.median());
            out.printf(Locale.ROOT, "     %-25s addMillis     %s  %.1f× the time of t + d%n", "", add.describe(),
                    plus.median() / add.median());
            slowestCalendar = Math.min(slowestCalendar, Math.min(between.median(), add.median()));
        }
        return slowestCalendar;
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
    }

    /**
     * Warms up, then measures the rounds; each pass does {@code work} units and returns a checksum. A pass
     * shorter than {@link #MIN_ROUND_NANOS} is repeated within a round, so that the clock's resolution
     * and the timer calls do not count.
     */
    private Rounds measure(String unit, long work, LongSupplier pass) {
        return measure(unit, work, pass, true);
    }

    /** {@link #measure(String, long, LongSupplier)}; bytes allocated are counted only {@code onThisThread}. */
    private Rounds measure(String unit, long work, LongSupplier pass, boolean onThisThread) {
        for (int i = 0; i < options.warmup(); i++) {
            sink += pass.getAsLong();
        }
        long once = System.nanoTime();
        sink += pass.getAsLong();
        once = System.nanoTime() - once;
        int repeats = (int) Math.max(1, Math.min(1_000, MIN_ROUND_NANOS / Math.max(1, once)));
        Rounds rounds = new Rounds(unit, options.rounds());
        long allocatedBefore = THREAD.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < options.rounds(); i++) {
            long start = System.nanoTime();
            for (int r = 0; r < repeats; r++) {
                sink += pass.getAsLong();
            }
            rounds.add(work * repeats, System.nanoTime() - start);
        }
        if (onThisThread) {
            rounds.allocated(THREAD.getCurrentThreadAllocatedBytes() - allocatedBefore);
        }
        return rounds;
    }

    /** Runs both halves on two new platform threads and waits for both. */
    private static long inTwoThreads(LongSupplier first, LongSupplier second) {
        long[] sums = new long[2];
        Thread one = new Thread(() -> sums[0] = first.getAsLong(), "bench-1");
        Thread two = new Thread(() -> sums[1] = second.getAsLong(), "bench-2");
        one.start();
        two.start();
        try {
            one.join();
            two.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the benchmark threads", e);
        }
        return sums[0] + sums[1];
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }
}
