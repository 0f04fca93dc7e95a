package io.witness.sources.servicenow;

import static io.witness.sources.export.Fixtures.client;
import static io.witness.sources.export.Fixtures.file;
import static io.witness.sources.export.Fixtures.text;
import static io.witness.sources.export.Fixtures.withMapping;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.input.InputProblem;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ParsedFile;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceNowBadInputTest {

    private final ServiceNowFormat format = new ServiceNowFormat();
    private final ImportContext london = client("servicenow", Optional.of(ZoneId.of("Europe/London")));

    @Test
    void reportsEveryProblemWithItsLineColumnAndFieldAndKeepsNothing() {
        ParsedFile parsed = format.parse(file(getClass(), "incidents-bad.csv"), london);

        assertThat(parsed.observations()).isEmpty();
        assertThat(parsed.rowsRead()).isEqualTo(4);
        assertThat(parsed.problems()).extracting(InputProblem::toString).containsExactly(
                "incidents-bad.csv:2:1: Number: expected a value (the Number), found an empty cell",
                "incidents-bad.csv:3:6: Opened: expected a date and time as dd/MM/yyyy HH:mm:ss, found 'yesterday'",
                "incidents-bad.csv:4:30: Updates: expected a whole number, found 'three'",
                "incidents-bad.csv:5: expected 4 values as the header has, found 3");
    }

    @Test
    void refusesLocalTimesWithoutAZone() {
        ParsedFile parsed = format.parse(file(getClass(), "incidents-labels.csv"), client("servicenow", Optional.empty()));

        assertThat(parsed.problems()).extracting(InputProblem::toString).containsExactly("incidents-labels.csv: the dates and "
                + "times in this file have no offset: give the zone of the user who exported it with --zone (such as Europe/Berlin)");
    }

    @Test
    void asksWhichFormatWhenTheTimesFitTwo() {
        ParsedFile parsed = format.parse(text("ambiguous.csv", "Number,Opened\nINC1,02/03/2024 10:00:00\nINC2,04/05/2024 11:00:00\n"),
                london);

        assertThat(parsed.problems()).extracting(InputProblem::toString).containsExactly("ambiguous.csv: the dates and times fit "
                + "more than one format (dd/MM/yyyy HH:mm:ss, MM/dd/yyyy HH:mm:ss): say which with date_format in the --mapping file");
    }

    @Test
    void takesTheDateFormatGivenInTheMappingFile() {
        ImportContext american = withMapping(london, "date_format: MM/dd/yyyy HH:mm:ss\n");
        ParsedFile parsed = format.parse(text("ambiguous.csv", "Number,Opened\nINC1,02/03/2024 10:00:00\n"), american);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.observations().get(0).parsedJson()).contains("\"opened_at\":\"2024-02-03T10:00:00Z\"");
    }

    @Test
    void reportsAMistakeInTheMappingFileWhereItIs() {
        ImportContext wrong = withMapping(london, "values: labels\ncolour: blue\n");
        ParsedFile parsed = format.parse(text("one.csv", "Number\nINC1\n"), wrong);

        assertThat(parsed.problems()).extracting(InputProblem::toString).containsExactly(
                "options.yaml:1:9: /values: expected display or raw, found 'labels'",
                "options.yaml:2:9: /colour: unknown key 'colour'; expected one of date_format, values, choices");
    }

    @Test
    void namesTheTablesItReadsWhenTheColumnsAreNoneOfThem() {
        ParsedFile parsed = format.parse(text("other.csv", "Ticket,When\nT1,today\n"), london);

        assertThat(parsed.problems()).extracting(InputProblem::toString).containsExactly("other.csv:1: expected a ServiceNow "
                + "incident list (a Number column), sys_audit (documentkey, fieldname), sys_journal_field (element_id, element), "
                + "metric_instance (definition, field, start) or task_sla (task, sla, stage) export, found columns Ticket, When");
    }

    @Test
    void namesAColumnAnAuditExportLacks() {
        ParsedFile parsed = format.parse(text("audit.csv", "documentkey,fieldname,newvalue\nabc,state,2\n"), london);

        assertThat(parsed.problems()).extracting(InputProblem::toString).containsExactly("audit.csv:1: expected a column Created "
                + "(sys_created_on) in the sys_audit export, found documentkey, fieldname, newvalue");
    }
}
