package io.witness.sources.format;

import io.witness.core.contract.Contract;
import io.witness.core.contract.SourceId;
import io.witness.core.event.Side;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import knows besides the file: whose evidence it is, where it came from, the contract that
 * maps its statuses and priorities, the zone of times written without an offset, a mapping file for
 * formats that need one, and when Witness received it. Immutable.
 *
 * @param tenant the tenant (a client with its providers) the evidence belongs to
 * @param side whose system it came from
 * @param source the system and instance, as the ledger records it ({@code servicenow/acme.service-now.com})
 * @param contract the contract, for status and priority maps; empty when none was given
 * @param contractSource which of the contract's sources this is; empty to take the side's first ticket
 *     system of a matching kind
 * @param zone the zone of times written without an offset; empty when the file must carry offsets
 * @param mapping a mapping file ({@code csv} format), if given
 * @param receivedAt when Witness received the file (the import's start)
 */
public record ImportContext(
        TenantId tenant,
        Side side,
        SourceRef source,
        Optional<Contract> contract,
        Optional<SourceId> contractSource,
        Optional<ZoneId> zone,
        Optional<TextFile> mapping,
        Instant receivedAt) {

    public ImportContext {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(contractSource, "contractSource");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (side == Side.WITNESS) {
            throw new IllegalArgumentException("Evidence comes from the client's or the provider's side, not witness");
        }
    }

    /** A text file given by name, such as a mapping. */
    public record TextFile(String name, String text) {
        public TextFile {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
        }
    }
}
