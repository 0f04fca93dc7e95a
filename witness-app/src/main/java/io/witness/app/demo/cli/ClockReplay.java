package io.witness.app.demo.cli;

import io.witness.app.clock.cli.ClockReport;
import io.witness.core.clock.ClockResult;
import io.witness.core.clock.ClockState;
import io.witness.core.clock.Segment;
import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.event.EventLines;
import io.witness.core.event.Side;
import io.witness.core.event.TicketEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./witness demo --clocks}: the clock engine on the bundled quickstart example (examples/quickstart):
 * for each case, each clock as the client's records, the provider's records and the witnessed merged
 * timeline say, then two disagreements explained stretch by stretch.
 */
final class ClockReplay {

    static final String EXAMPLE = "examples/quickstart/";
    static final Instant AS_OF = OffsetDateTime.parse("2026-03-20T18:00:00-04:00").toInstant();
    private static final ZoneId SHOWN_IN = ZoneId.of("America/New_York");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM d HH:mm");

    private ClockReplay() {
    }

    static int print(PrintWriter out) throws IOException {
        Contract contract = ContractYaml.parse(resource("contract.yaml"), EXAMPLE + "contract.yaml");
        List<TicketEvent> events = EventLines.read(resource("events.jsonl"), EXAMPLE + "events.jsonl").orThrow();
        ClockReport report = ClockReport.of(contract, events, AS_OF);
        out.printf("Witness demo: the SLA clock engine on %s (%d events), as of %s New York time.%n",
                EXAMPLE, events.size(), WHEN.format(AS_OF.atZone(SHOWN_IN)));
        out.println("Each clock three ways: as the client's records say, as the provider's say, and as the witnessed");
        out.println("timeline that merges both says (state, business time counted / target).");
        out.println();
        printTable(out, report.results());
        out.println();
        explain(out, report.results(), "INC0010001", "response", Side.WITNESS);
        explain(out, report.results(), "INC0010003", "resolution", Side.PROVIDER);
        explain(out, report.results(), "INC0010003", "resolution", Side.WITNESS);
        printAttainment(out, report.results());
        out.println();
        out.println("Every clock as JSON lines, with its segments:");
        out.println("  ./witness clocks --contract " + EXAMPLE + "contract.yaml --events " + EXAMPLE
                + "events.jsonl --now 2026-03-20T18:00:00-04:00");
        out.flush();
        return 0;
    }

    private static void printTable(PrintWriter out, List<ClockResult> results) {
        String format = "%-11s %-11s %-3s %-27s %-27s %-27s%n";
        out.printf(format, "case", "clock", "pri", "client", "provider", "witness");
        Map<String, Map<Side, ClockResult>> rows = new LinkedHashMap<>();
        for (ClockResult r : results) {
            rows.computeIfAbsent(r.caseId() + "|" + r.clock() + "|" + r.cycle(), k -> new LinkedHashMap<>()).put(r.side(), r);
        }
        rows.forEach((key, bySide) -> {
            ClockResult any = bySide.values().iterator().next();
            String clock = any.clock() + (any.cycle() > 1 || any.metric().wireName().equals("update") ? " #" + any.cycle() : "");
            out.printf(format, any.caseId(), clock, any.priority().map(Object::toString).orElse("-"),
                    cell(bySide.get(Side.CLIENT)), cell(bySide.get(Side.PROVIDER)), cell(bySide.get(Side.WITNESS)));
        });
    }

    private static String cell(ClockResult r) {
        if (r == null) {
            return "-";
        }
        if (r.state() == ClockState.NOT_STARTED) {
            return "not started";
        }
        String open = r.stoppedAt().isEmpty() && r.state() == ClockState.BREACHED ? ", open" : "";
        return r.state().wireName() + " " + DurationText.of(r.elapsed()) + " / " + r.target().map(DurationText::of).orElse("-")
                + open;
    }

    private static void explain(PrintWriter out, List<ClockResult> results, String caseId, String clock, Side side) {
        results.stream()
                .filter(r -> r.caseId().value().equals(caseId) && r.clock().equals(clock) && r.side() == side)
                .findFirst()
                .ifPresent(r -> {
                    out.printf("Why %s's %s clock is %s on the %s timeline (section %s, target %s on the '%s' calendar):%n",
                            caseId, clock, r.state().wireName(), side.wireName(), r.section(),
                            r.target().map(DurationText::of).orElse("-"), r.calendar());
                    for (Segment s : r.segments()) {
                        out.printf("  %s - %s  %-7s %6s  %s%n", WHEN.format(s.from().atZone(SHOWN_IN)),
                                WHEN.format(s.to().atZone(SHOWN_IN)), s.running() ? "counts" : "paused",
                                DurationText.of(s.business()), s.reason());
                    }
                    r.stoppedAt().ifPresent(at -> out.printf("  %s  %s%n", WHEN.format(at.atZone(SHOWN_IN)), r.reason()));
                    r.breachedAt().ifPresent(at -> out.printf("  breached at %s; counted %s, %s over%n",
                            WHEN.format(at.atZone(SHOWN_IN)), DurationText.of(r.elapsed()),
                            DurationText.of(r.margin().orElseThrow().negated())));
                    out.println();
                });
    }

    private static void printAttainment(PrintWriter out, List<ClockResult> results) {
        out.println("Attainment (clocks met of clocks with a verdict):");
        for (Side side : Side.values()) {
            long met = results.stream().filter(r -> r.side() == side && r.state() == ClockState.MET).count();
            long breached = results.stream().filter(r -> r.side() == side && r.state() == ClockState.BREACHED).count();
            out.printf("  %-9s %2d of %2d (%.0f%%)%n", side.wireName(), met, met + breached,
                    met + breached == 0 ? 0.0 : 100.0 * met / (met + breached));
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ClockReplay.class.getClassLoader().getResourceAsStream(EXAMPLE + name)) {
            if (in == null) {
                throw new IOException("The bundled example " + EXAMPLE + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
