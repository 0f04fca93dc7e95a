package io.witness.app.calendar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.app.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalcCommandTest {

    @TempDir
    Path dir;

    private Path calendar() throws IOException {
        return Files.writeString(dir.resolve("cal.yaml"), """
                zone: America/New_York
                week: { mon: ["09:00-17:00"], tue: ["09:00-17:00"], wed: ["09:00-17:00"], thu: ["09:00-17:00"], fri: ["09:00-17:00"] }
                """);
    }

    private CliRun calc(String lines) throws IOException {
        Path input = Files.writeString(dir.resolve("q.jsonl"), lines);
        return CliRun.of("calc", "--calendar", calendar().toString(), input.toString());
    }

    @Test
    void answersEachOperationWithTheCalendarsOffset() throws IOException {
        CliRun run = calc("""
                {"op":"add","start":"2026-03-06T16:00:00-05:00","duration":"PT1H"}
                {"op":"add","start":"2026-03-06T16:00:00-05:00","duration":"PT2H"}
                {"op":"add","start":"2026-03-07T12:00:00-05:00","duration":"PT0S"}
                {"op":"subtract","start":"2026-03-07T12:00:00-05:00","duration":"PT0S"}
                {"op":"between","start":"2026-03-06T16:00:00-05:00","end":"2026-03-09T10:00:00-04:00"}
                {"op":"open","at":"2026-03-09T09:00:00-04:00"}
                {"op":"next_open","at":"2026-03-07T12:00:00Z"}
                {"op":"next_close","at":"2026-03-09T10:00:00-04:00"}
                {"op":"previous_close","at":"2026-03-08T10:00:00-04:00"}
                {"op":"add_days","start":"2026-03-06T16:00:00-05:00","days":1}
                {"op":"subtract_days","start":"2026-03-09T16:00:00-04:00","days":1}
                """);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().map(l -> l.replaceAll(".*\"result\":", ""))).containsExactly(
                "\"2026-03-06T17:00-05:00\"}",
                "\"2026-03-09T10:00-04:00\"}",
                "\"2026-03-09T09:00-04:00\"}",
                "\"2026-03-06T17:00-05:00\"}",
                "\"PT2H\"}",
                "true}",
                "\"2026-03-09T09:00-04:00\"}",
                "\"2026-03-09T17:00-04:00\"}",
                "\"2026-03-06T17:00-05:00\"}",
                "\"2026-03-09T16:00-04:00\"}",
                "\"2026-03-06T16:00-05:00\"}");
    }

    @Test
    void answersBadLinesWithTheirErrorAndTheOthersStill() throws IOException {
        CliRun run = calc("""
                {"op":"add","start":"2026-03-06 16:00","duration":"PT1H"}
                {"op":"add","start":"2026-03-06T16:00:00-05:00","duration":"2 hours"}
                # a comment is skipped
                {"op":"between","start":"2026-03-06T16:00:00-05:00","end":"2026-03-06T16:30:00-05:00"}
                not json
                {"op":"fly"}
                {"op":"add_days","start":"2026-03-06T16:00:00-05:00","days":"one"}
                """);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out().lines()).containsExactly(
                "{\"op\":\"add\",\"start\":\"2026-03-06 16:00\",\"duration\":\"PT1H\",\"line\":1,"
                        + "\"error\":\"/start: expected an instant with offset such as 2026-03-06T16:00:00-05:00, found '2026-03-06 16:00'\"}",
                "{\"op\":\"add\",\"start\":\"2026-03-06T16:00:00-05:00\",\"duration\":\"2 hours\",\"line\":2,"
                        + "\"error\":\"/duration: expected an ISO-8601 duration such as PT2H or P1DT30M, found '2 hours'\"}",
                "{\"op\":\"between\",\"start\":\"2026-03-06T16:00:00-05:00\",\"end\":\"2026-03-06T16:30:00-05:00\",\"result\":\"PT30M\"}",
                "{\"line\":5,\"error\":\"expected a JSON object, Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')\"}",
                "{\"op\":\"fly\",\"line\":6,\"error\":\"/op: expected one of add, add_days, between, next_close, next_open, open, previous_close, subtract, subtract_days, found 'fly'\"}",
                "{\"op\":\"add_days\",\"start\":\"2026-03-06T16:00:00-05:00\",\"days\":\"one\",\"line\":7,\"error\":\"/days: expected a whole number of days, found \\\"one\\\"\"}");
    }

    @Test
    void rejectsABadCalendarWithEveryProblem() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), """
                zone: Mars/Base
                week: { mon: ["17:00-17:00"] }
                """);
        Path input = Files.writeString(dir.resolve("q.jsonl"), "{\"op\":\"open\",\"at\":\"2026-03-06T16:00:00Z\"}\n");

        CliRun run = CliRun.of("calc", "--calendar", bad.toString(), input.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "error: " + bad + ":1:7: /zone: unknown time zone 'Mars/Base'; expected an IANA zone id such as America/New_York",
                "error: " + bad + ":2:15: /week/mon/0: Hours '17:00-17:00' end where they start; write 00:00-24:00 for a whole day",
                "2 problems; nothing was done.");
    }

    @Test
    void saysWhichFileIsMissing() {
        CliRun run = CliRun.of("calc", "--calendar", dir.resolve("nope.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: no such file: " + dir.resolve("nope.yaml") + "\n");
    }
}
