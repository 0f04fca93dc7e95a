-- The derived tickets (docs/ledger.md, "Derived tickets"): each case's events as the import derived them,
-- so that reconcile need not derive every case again. NOT evidence: a cache that can be rebuilt from the
-- observations at any time, so it is updated and deleted, and nothing in it is hashed or signed. It is
-- used only while it reflects the whole log (derived_tenant.log_size = the head's size) and was derived
-- under the same contract (contract_sha256); otherwise reconcile derives from the observations.

-- Per tenant: the log size the derived rows reflect, and the SHA-256 of the contract they were derived under.
CREATE TABLE derived_tenant (
    tenant_id       text   PRIMARY KEY REFERENCES tenant (tenant_id),
    log_size        bigint NOT NULL CHECK (log_size >= 0),
    contract_sha256 bytea  NOT NULL
);

-- One row per source, side and case of the log (a group of observations): keyed by the position of its
-- first observation, which a later import of the same case keeps. payload: the group's observations'
-- positions, its derived events, record changes and unmapped values, in Witness's binary form
-- (io.witness.sources.tenant.DerivedGroupCodec).
CREATE TABLE derived_ticket (
    tenant_id       text   NOT NULL REFERENCES tenant (tenant_id),
    first_position  bigint NOT NULL CHECK (first_position >= 0),
    source_system   text   NOT NULL,
    source_instance text   NOT NULL,
    side            text   NOT NULL CHECK (side IN ('client', 'provider', 'witness')),
    case_ref        text   NOT NULL,
    payload         bytea  NOT NULL,
    PRIMARY KEY (tenant_id, first_position)
);

REVOKE ALL ON derived_tenant, derived_ticket FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON derived_tenant, derived_ticket TO witness_writer;
