package io.witness.sources.psa;

import io.witness.core.contract.Party;
import io.witness.core.contract.Source;
import io.witness.core.contract.SourceKind;
import io.witness.core.event.ExternalReference;
import io.witness.core.event.Origin;
import io.witness.core.event.Side;
import io.witness.ledger.chain.CanonicalJson;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.ImportContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * An observation's parsed record, read field by field for normalising: texts, times (written with
 * offsets by {@link PsaParser}), flags and the PSA's SLA fields as claims. Immutable.
 *
 * @param node the parsed record
 * @param keys its properties by normalised name
 */
public record PsaRecord(JsonNode node, Keys keys) {

    /** The parsed record of an observation. */
    public static PsaRecord of(ObservationDraft observation) {
        JsonNode node = CanonicalJson.parse(observation.parsedJson());
        return new PsaRecord(node, Keys.of(node));
    }

    public Optional<String> text(Fields field) {
        return field.text(keys);
    }

    /** A time field; empty when absent or not an instant. */
    public Optional<Instant> time(Fields field) {
        return text(field).flatMap(PsaTimes::withOffset);
    }

    /** A yes/no field: true for {@code true}, {@code yes}, {@code y}, {@code 1}, {@code x} (case ignored). */
    public boolean flag(Fields field) {
        return text(field).map(t -> switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "x" -> true;
            default -> false;
        }).orElse(false);
    }

    /** Whether a yes/no field is present and says no. */
    public boolean saysNo(Fields field) {
        return text(field).map(t -> switch (t.toLowerCase(Locale.ROOT)) {
            case "false", "no", "n", "0" -> true;
            default -> false;
        }).orElse(false);
    }

    /** Each of the fields the record holds, as a claim named as the record names it. */
    public List<TicketState.Claim> claims(List<Fields> fields) {
        List<TicketState.Claim> claims = new ArrayList<>();
        for (Fields field : fields) {
            field.find(keys).ifPresent(found -> Fields.valueText(found.value())
                    .ifPresent(value -> claims.add(new TicketState.Claim(found.key(), value))));
        }
        return claims;
    }

    /**
     * Who noticed first, from how the ticket arrived: monitoring when the channel names monitoring, an
     * alert or RMM; a user for phone, e-mail, portal, chat, walk-in or web; else unknown.
     */
    public static Optional<Origin> originOf(String channel) {
        String lower = channel.toLowerCase(Locale.ROOT);
        if (lower.contains("monitor") || lower.contains("alert") || lower.contains("rmm") || lower.contains("alarm")) {
            return Optional.of(Origin.MONITORING);
        }
        for (String human : List.of("phone", "call", "mail", "portal", "chat", "walk", "web", "teams", "self service")) {
            if (lower.contains(human)) {
                return Optional.of(Origin.USER);
            }
        }
        return Optional.empty();
    }

    /**
     * A reference to the other side's ticket: the system is the kind of the other side's first ticket
     * system in the contract ({@code servicenow}), else (no contract, or a system of no named kind) the
     * other side's name ({@code client}).
     */
    public static ExternalReference otherSide(ImportContext context, String id) {
        Side other = context.side() == Side.PROVIDER ? Side.CLIENT : Side.PROVIDER;
        Optional<String> system = context.contract().flatMap(contract -> {
            List<Party> parties = other == Side.CLIENT ? List.of(contract.parties().client()) : contract.parties().providers();
            return parties.stream().flatMap(p -> p.sources().stream()).filter(s -> s.kind().holdsTickets())
                    .map(Source::kind).filter(k -> k != SourceKind.OTHER_TICKETS && k != SourceKind.SPREADSHEET)
                    .map(SourceKind::wireName).findFirst();
        });
        return new ExternalReference(system.orElse(other.wireName()), id);
    }
}
