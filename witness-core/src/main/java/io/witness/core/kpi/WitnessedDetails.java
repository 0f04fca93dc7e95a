package io.witness.core.kpi;

import io.witness.core.event.ExternalReference;
import io.witness.core.event.Origin;
import io.witness.core.event.TicketDetails;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The witnessed timeline's details of a case both sides recorded (docs/kpis.md): each field as the client's record
 * last says it, else the provider's; the origin is monitoring when either record says so (the provider's tools see
 * what users never report). A profile keeps both sides' details and reads only the fields it needs.
 */
final class WitnessedDetails {

    private WitnessedDetails() {
    }

    /** Both sides' details merged into one. */
    static TicketDetails merged(TicketDetails client, TicketDetails provider) {
        return new TicketDetails(either(client.title(), provider.title()), either(client.requester(), provider.requester()),
                either(client.category(), provider.category()), either(client.subcategory(), provider.subcategory()),
                either(client.configurationItem(), provider.configurationItem()),
                either(client.channel(), provider.channel()), origin(client, provider), references(client, provider));
    }

    /** A field of the client's details, else of the provider's when given (null: the client's alone). */
    static <T> Optional<T> either(Optional<T> client, @Nullable TicketDetails provider,
            Function<TicketDetails, Optional<T>> field) {
        return client.isPresent() || provider == null ? client : field.apply(provider);
    }

    /** The merged origin: monitoring when either side says so, else the client's, else the provider's. */
    static Optional<Origin> origin(TicketDetails client, TicketDetails provider) {
        return client.origin().isPresent() && client.origin().get() == Origin.MONITORING
                ? client.origin() : either(provider.origin(), client.origin());
    }

    private static <T> Optional<T> either(Optional<T> first, Optional<T> second) {
        return first.isPresent() ? first : second;
    }

    /** Both sides' references, the client's first, each once (each side's list already holds each once, as SideFacts keeps them). */
    private static List<ExternalReference> references(TicketDetails client, TicketDetails provider) {
        if (provider.references().isEmpty()) {
            return client.references();
        }
        if (client.references().isEmpty()) {
            return provider.references();
        }
        Set<ExternalReference> references = new LinkedHashSet<>(client.references());
        references.addAll(provider.references());
        return List.copyOf(references);
    }
}
