package io.witness.ledger.chain;

import io.witness.core.event.CaseId;
import io.witness.core.event.Side;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * An observation as an importer hands it to the ledger, before it has a place in the log: what a source
 * said (its raw bytes exactly as received, and a parsed JSON form), about which object and version, when
 * the source says it happened and when Witness received it.
 *
 * <p>Times are kept to the microsecond (cut, not rounded). The parsed form is held as canonical JSON
 * text ({@link CanonicalJson}). Immutable and thread-safe: the raw bytes are copied in and out.
 *
 * @param source the system and instance it came from
 * @param side whose system it is
 * @param kind what sort of record it is, e.g. {@code ticket}, {@code ticket-comment}, {@code backup-job}
 * @param sourceId the source's own id of the object
 * @param sourceVersion the source's version of the object (a revision number, an update time…)
 * @param claimedAt the time the source claims for it, if it claims one
 * @param receivedAt when Witness received it
 * @param raw the bytes as received
 * @param parsedJson the parsed form, canonical JSON text
 * @param caseRef the case it is about, if the importer knows, for finding a case's evidence
 * @param supersedes an earlier observation of the same tenant that this one corrects
 */
public record ObservationDraft(
        SourceRef source,
        Side side,
        String kind,
        String sourceId,
        String sourceVersion,
        Optional<Instant> claimedAt,
        Instant receivedAt,
        byte[] raw,
        String parsedJson,
        Optional<CaseId> caseRef,
        Optional<Position> supersedes) {

    /**
     * @throws IllegalArgumentException if kind, source id, source version or parsed JSON is blank
     * @throws java.time.DateTimeException if a time is outside the years 1 to 9999
     */
    public ObservationDraft {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(sourceVersion, "sourceVersion");
        Objects.requireNonNull(claimedAt, "claimedAt");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(parsedJson, "parsedJson");
        Objects.requireNonNull(caseRef, "caseRef");
        Objects.requireNonNull(supersedes, "supersedes");
        requireText("kind", kind);
        requireText("source id", sourceId);
        requireText("source version", sourceVersion);
        requireText("parsed JSON", parsedJson);
        claimedAt = claimedAt.map(LedgerTime::normalise);
        receivedAt = LedgerTime.normalise(receivedAt);
        raw = raw.clone();
    }

    /**
     * A draft with no claimed time, case or correction; add them with the {@code with…} methods.
     *
     * @param parsed the parsed form; written canonically
     */
    public static ObservationDraft of(SourceRef source, Side side, String kind, String sourceId, String sourceVersion,
            Instant receivedAt, byte[] raw, JsonNode parsed) {
        return new ObservationDraft(source, side, kind, sourceId, sourceVersion, Optional.empty(), receivedAt, raw,
                CanonicalJson.write(parsed), Optional.empty(), Optional.empty());
    }

    /** A copy claiming {@code time}. */
    public ObservationDraft withClaimedAt(Instant time) {
        return new ObservationDraft(source, side, kind, sourceId, sourceVersion, Optional.of(time), receivedAt, raw, parsedJson,
                caseRef, supersedes);
    }

    /** A copy about case {@code id}. */
    public ObservationDraft withCaseRef(CaseId id) {
        return new ObservationDraft(source, side, kind, sourceId, sourceVersion, claimedAt, receivedAt, raw, parsedJson,
                Optional.of(id), supersedes);
    }

    /** A copy that corrects the observation at {@code earlier}. */
    public ObservationDraft withSupersedes(Position earlier) {
        return new ObservationDraft(source, side, kind, sourceId, sourceVersion, claimedAt, receivedAt, raw, parsedJson,
                caseRef, Optional.of(earlier));
    }

    /** A copy of the raw bytes. */
    @Override
    public byte[] raw() {
        return raw.clone();
    }

    /** The raw bytes themselves, for hashing and writing inside the ledger; never to be changed. */
    byte[] rawUnsafe() {
        return raw;
    }

    private static void requireText(String what, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("An observation's " + what + " must not be blank");
        }
    }
}
