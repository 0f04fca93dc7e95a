package io.witness.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

/**
 * CPU time used so far by this JVM and by an embedded PostgreSQL (its postmaster, the children it reaped,
 * and the children still running), read from /proc on Linux. On a machine shared with other work, CPU
 * seconds say what a run costs when wall time says mostly how long it waited for a core.
 */
final class CpuTimes {

    /** Clock ticks a second of /proc's times (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100.0;

    private CpuTimes() {
    }

    /** This JVM's CPU seconds, all threads. */
    static double jvm() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** The CPU seconds of the PostgreSQL whose data directory is {@code pgData}; empty where /proc cannot tell (not Linux). */
    static OptionalDouble postgres(Path pgData) {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(pgData.resolve("postmaster.pid")).get(0).strip());
            long ticks = ticks(postmaster, true);
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path p : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                    List<String> fields = stat(p);
                    if (fields.size() > 16 && Long.parseLong(fields.get(3)) == postmaster) {
                        ticks += Long.parseLong(fields.get(13)) + Long.parseLong(fields.get(14));
                    }
                }
            }
            return OptionalDouble.of(ticks / TICKS);
        } catch (IOException e) {
            System.err.println("PostgreSQL's CPU time cannot be read: " + e);
            return OptionalDouble.empty();
        }
    }

    private static long ticks(long pid, boolean withReapedChildren) throws IOException {
        List<String> f = stat(Path.of("/proc", Long.toString(pid)));
        long own = Long.parseLong(f.get(13)) + Long.parseLong(f.get(14));
        return withReapedChildren ? own + Long.parseLong(f.get(15)) + Long.parseLong(f.get(16)) : own;
    }

    /** The fields of /proc/PID/stat, the command (in parentheses, may hold spaces) as one field. */
    private static List<String> stat(Path process) {
        try {
            String text = Files.readString(process.resolve("stat"));
            int close = text.lastIndexOf(')');
            String head = text.substring(0, text.indexOf(' '));
            List<String> rest = List.of(text.substring(close + 2).split(" "));
            java.util.ArrayList<String> fields = new java.util.ArrayList<>();
            fields.add(head);
            fields.add(text.substring(text.indexOf('(') + 1, close));
            fields.addAll(rest);
            return fields;
        } catch (IOException e) {
            // A process may end between listing /proc and reading its stat: it is no longer one to count.
            return List.of();
        }
    }
}
