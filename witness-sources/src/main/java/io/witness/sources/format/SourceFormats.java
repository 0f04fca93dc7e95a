package io.witness.sources.format;

import io.witness.sources.autotask.AutotaskFormat;
import io.witness.sources.connectwise.ConnectWiseFormat;
import io.witness.sources.events.EventsFormat;
import io.witness.sources.jira.JiraFormat;
import io.witness.sources.servicenow.ServiceNowFormat;
import io.witness.sources.servicenow.eventlog.EventLogFormat;
import io.witness.sources.halopsa.HaloFormat;
import io.witness.sources.xes.XesFormat;
import io.witness.sources.operations.AssetsFormat;
import io.witness.sources.operations.BackupJobsFormat;
import io.witness.sources.operations.RestoreTestsFormat;
import io.witness.sources.operations.PatchesFormat;
import io.witness.sources.operations.ConfigSnapshotsFormat;
import io.witness.sources.operations.ChangesFormat;
import io.witness.sources.operations.BaselineChecksFormat;
import io.witness.sources.operations.ObligationEvidenceFormat;
import io.witness.sources.operations.MarketPricesFormat;
import io.witness.sources.operations.InvoicesFormat;
import io.witness.sources.operations.VeeamSessionsFormat;
import io.witness.sources.operations.NinjaOnePatchesFormat;
import io.witness.sources.csv.CsvFormat;
import io.witness.sources.tracker.TrackerFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every format {@code ./witness import --source KIND} knows, by name. A new format is one more line in
 * {@link #ALL}.
 */
public final class SourceFormats {

    private static final List<SourceFormat> ALL = List.of(
            // one line per format, in the order `./witness import --help` lists them
            new EventsFormat(),
            new ServiceNowFormat(),
            new JiraFormat(),
            new EventLogFormat(),
            new ConnectWiseFormat(),
            new AutotaskFormat(),
            new HaloFormat(),
            new XesFormat(),
            new AssetsFormat(),
            new BackupJobsFormat(),
            new RestoreTestsFormat(),
            new PatchesFormat(),
            new ConfigSnapshotsFormat(),
            new ChangesFormat(),
            new BaselineChecksFormat(),
            new ObligationEvidenceFormat(),
            new MarketPricesFormat(),
            new InvoicesFormat(),
            new VeeamSessionsFormat(),
            new NinjaOnePatchesFormat(),
            new CsvFormat(),
            new TrackerFormat()
    );

    private SourceFormats() {
    }

    /** Every format, in the order the help lists them. */
    public static List<SourceFormat> all() {
        return ALL;
    }

    /** The format with this name. */
    public static Optional<SourceFormat> named(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The names, for messages: "servicenow, servicenow-eventlog, …". */
    public static String names() {
        return ALL.stream().map(SourceFormat::name).collect(Collectors.joining(", "));
    }
}
