package io.witness.sources.format;

import io.witness.sources.autotask.AutotaskFormat;
import io.witness.sources.connectwise.ConnectWiseFormat;
import io.witness.sources.events.EventsFormat;
import io.witness.sources.halopsa.HaloFormat;
import io.witness.sources.xes.XesFormat;
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
            new ConnectWiseFormat(),
            new AutotaskFormat(),
            new HaloFormat(),
            new XesFormat()
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
