package io.witness.app.calendar.cli;

import io.witness.app.TextFiles;
import io.witness.core.calendar.BusinessCalendar;
import io.witness.core.calendar.CalendarYaml;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./witness calc --calendar CAL.yaml [FILE]}: calendar arithmetic, one JSON question a line. */
@Command(name = "calc", mixinStandardHelpOptions = true,
        description = "Answers calendar questions, one JSON object a line, from FILE or standard input:   "
            + "{\"op\":\"add\",\"start\":\"2026-03-06T16:00:00-05:00\",\"duration\":\"PT2H\"} ops: add, subtract "
            + "(duration), between (start, end), add_days, subtract_days (days), open, next_open, next_close, "
            + "previous_close (at). Each line comes back with \"result\" or \"error\".")
public final class CalcCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--calendar", required = true, paramLabel = "CAL.yaml", description = "The calendar block (docs/calendar.md).")
    private Path calendarFile;

    @picocli.CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = "-",
            description = "JSON lines to answer; - or nothing for standard input.")
    private Path input;

    private InputStream stdin = System.in;

    @Override
    public Integer call() throws Exception {
        BusinessCalendar calendar = CalendarYaml.parse(TextFiles.read(calendarFile, stdin), TextFiles.name(calendarFile));
        CalcLines lines = new CalcLines(calendar);
        PrintWriter out = spec.commandLine().getOut();
        int errors = 0;
        try (BufferedReader reader = new BufferedReader(open())) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                String answer = lines.answer(line, ++number);
                if (answer != null) {
                    out.println(answer);
                    errors += answer.contains("\"error\":") ? 1 : 0;
                }
            }
        }
        out.flush();
        return errors == 0 ? 0 : io.witness.app.CliErrors.BAD_INPUT;
    }

    private Reader open() throws java.io.IOException {
        if (input.toString().equals("-")) {
            return new InputStreamReader(stdin, StandardCharsets.UTF_8);
        }
        return Files.newBufferedReader(input, StandardCharsets.UTF_8);
    }

    /** For tests: answer these lines instead of standard input. */
    CalcCommand withStdin(String text) {
        this.stdin = new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

}
