package io.witness.sources.ingest;

import io.witness.core.event.CaseId;
import java.util.Optional;

/**
 * History a source rewrote, found by an import: a record version told again with other content, or an
 * event already derived for a case that a new export now tells differently (a backdated response, an
 * edited resolution time). Both tellings stay in the ledger; the rewrite itself is reported, never
 * silently resolved.
 */
public sealed interface Rewrite permits ObservationRewritten, EventRewritten {

    /** The case it concerns, when known. */
    Optional<CaseId> about();

    /** One line for a person: what changed, from what to what. */
    String describe();
}
