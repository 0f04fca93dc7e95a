package io.witness.core.contract;

import java.util.Objects;

/**
 * A system the contract names (a server, an application, a firewall), so that backup scope, restore
 * tests, patching and business impact can refer to it by id. Immutable.
 *
 * @param id its id, not null
 * @param name what people call it ("Dentrix practice database"), not null
 * @param kind what it is ("server", "application", "saas"), free text, not null, may be empty
 */
public record Asset(AssetId id, String name, String kind) {

    public Asset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
