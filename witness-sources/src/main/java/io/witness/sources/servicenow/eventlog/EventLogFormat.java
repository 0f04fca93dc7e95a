package io.witness.sources.servicenow.eventlog;

import io.witness.core.event.CaseId;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.format.SourceFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code servicenow-eventlog}: a ServiceNow incident event log as the UCI data set publishes it
 * (incident_event_log.csv: one row per update of an incident, with the incident's fields as of that
 * update, {@code ?} for no value, times as {@code d/M/yyyy HH:mm} without a zone).
 *
 * <p>Each row is one observation of kind {@code incident-update}: source id the incident's
 * {@code number}, version {@code sys_mod_count@sys_updated_at} (the count alone repeats in a few
 * incidents), claimed at {@code sys_updated_at} in the import's zone. Normalising rebuilds each
 * incident's timeline from its consecutive snapshots (docs/importers/servicenow-eventlog.md). Stateless
 * and thread-safe.
 */
public final class EventLogFormat implements SourceFormat {

    /** The kind of every observation of this format. */
    public static final String KIND = "incident-update";

    @Override
    public String name() {
        return "servicenow-eventlog";
    }

    @Override
    public String description() {
        return "ServiceNow incident event log (CSV, one row per update; times need --zone)";
    }

    @Override
    public ParsedFile parse(ImportFile file, ImportContext context) {
        return new EventLogParser(file, context, draft -> { }).parse();
    }

    @Override
    public ParsedFile parse(ImportFile file, ImportContext context, Consumer<ObservationDraft> each) {
        return new EventLogParser(file, context, each).parse();
    }

    @Override
    public CaseEvents normalise(CaseId caseId, List<ObservationDraft> observations, ImportContext context) {
        if (observations.isEmpty()) {
            return new CaseEvents(List.of(), List.of());
        }
        return IncidentTimeline.of(caseId, observations, context);
    }
}
