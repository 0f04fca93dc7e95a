package io.witness.bench;

import java.util.Locale;

/**
 * What a benchmark run does: how many cases, warm-up and measured rounds, the seed, and how many
 * calendar operations a round.
 *
 * @param cases cases generated, 1 or more
 * @param warmup rounds run before measuring, 0 or more
 * @param rounds rounds measured, 1 or more
 * @param seed the generator's seed
 * @param calendarOps calendar operations of each kind a round, 1 or more
 */
record BenchOptions(int cases, int warmup, int rounds, long seed, int calendarOps) {

    static final String USAGE = "usage: EngineBenchmark [--cases N] [--warmup W] [--rounds R] [--seed S]"
            + " [--calendar-ops N] [--quick]";

    BenchOptions {
        if (cases < 1 || warmup < 0 || rounds < 1 || calendarOps < 1) {
            throw new IllegalArgumentException("Expected cases >= 1, warmup >= 0, rounds >= 1 and calendar ops >= 1,"
                    + " got cases " + cases + ", warmup " + warmup + ", rounds " + rounds + ", calendar ops " + calendarOps);
        }
    }

    /** 200,000 cases, 5 warm-up and 5 measured rounds, seed 42, 2,000,000 calendar operations a round. */
    static BenchOptions defaults() {
        return new BenchOptions(200_000, 5, 5, 42, 2_000_000);
    }

    /** A smoke run: small enough to finish in about a second. */
    static BenchOptions quick() {
        return new BenchOptions(2_000, 1, 2, 42, 20_000);
    }

    /**
     * Reads the command line; {@code --quick} first sets the smoke run's sizes, which later options
     * may override.
     *
     * @throws IllegalArgumentException naming the argument, if one is unknown or not a number
     */
    static BenchOptions parse(String... args) {
        BenchOptions options = defaults();
        for (String arg : args) {
            if (arg.equals("--quick")) {
                options = quick();
            }
        }
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--quick")) {
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Unknown or incomplete argument '" + name + "'; " + USAGE);
            }
            long value = number(name, args[++i]);
            options = switch (name) {
                case "--cases" -> new BenchOptions((int) value, options.warmup, options.rounds, options.seed,
                        options.calendarOps);
                case "--warmup" -> new BenchOptions(options.cases, (int) value, options.rounds, options.seed,
                        options.calendarOps);
                case "--rounds" -> new BenchOptions(options.cases, options.warmup, (int) value, options.seed,
                        options.calendarOps);
                case "--seed" -> new BenchOptions(options.cases, options.warmup, options.rounds, value,
                        options.calendarOps);
                case "--calendar-ops" -> new BenchOptions(options.cases, options.warmup, options.rounds, options.seed,
                        (int) value);
                default -> throw new IllegalArgumentException("Unknown argument '" + name + "'; " + USAGE);
            };
        }
        return options;
    }

    private static long number(String name, String text) {
        try {
            return Long.parseLong(text.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Expected a number after " + name + ", found '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "cases %,d, warm-up %d, rounds %d, seed %d, calendar ops %,d a round",
                cases, warmup, rounds, seed, calendarOps);
    }
}
