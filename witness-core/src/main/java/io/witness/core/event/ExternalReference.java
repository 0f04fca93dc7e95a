package io.witness.core.event;

import java.util.Objects;

/**
 * The id a ticket has in another system, as this side records it: ServiceNow's correlation id or
 * vendor ticket, a PSA's external reference. It is how the two sides' tickets of one case find each other.
 *
 * <p>Immutable and thread-safe.
 *
 * @param system the other system ("connectwise", "servicenow"), not blank
 * @param id the ticket's id there, not blank
 */
public record ExternalReference(String system, String id) {

    public ExternalReference {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(id, "id");
        if (system.isBlank() || id.isBlank()) {
            throw new IllegalArgumentException("An external reference needs a system and an id, got '" + system + "', '"
                    + id + "'");
        }
    }
}
