-- The evidence ledger (docs/ledger.md). Multi-tenant from the first table: every row names its tenant.

CREATE TABLE tenant (
    tenant_id text PRIMARY KEY
);

-- The one row per tenant that changes: the log's size, last chain link and Merkle frontier. Appends take
-- it FOR UPDATE, which orders every writer of a tenant.
CREATE TABLE tenant_log_head (
    tenant_id  text PRIMARY KEY REFERENCES tenant (tenant_id),
    size       bigint NOT NULL CHECK (size >= 0),
    chain_hash bytea  NOT NULL,
    frontier   bytea  NOT NULL
);

-- Every piece of evidence, as received. Append-only: never updated, never deleted.
CREATE TABLE observation (
    tenant_id       text        NOT NULL,
    position        bigint      NOT NULL CHECK (position >= 0),
    source_system   text        NOT NULL,
    source_instance text        NOT NULL,
    side            text        NOT NULL CHECK (side IN ('client', 'provider', 'witness')),
    kind            text        NOT NULL,
    source_id       text        NOT NULL,
    source_version  text        NOT NULL,
    claimed_at      timestamptz,
    received_at     timestamptz NOT NULL,
    case_ref        text,
    supersedes      bigint,
    raw             bytea       NOT NULL,
    -- json, not jsonb: PostgreSQL keeps json text byte for byte, so its digest stays checkable.
    parsed          json        NOT NULL,
    payload_sha256  bytea       NOT NULL,
    parsed_sha256   bytea       NOT NULL,
    natural_key     bytea       NOT NULL,
    leaf_hash       bytea       NOT NULL,
    chain_hash      bytea       NOT NULL,
    PRIMARY KEY (tenant_id, position),
    UNIQUE (tenant_id, natural_key)
);

CREATE INDEX observation_by_case ON observation (tenant_id, case_ref) WHERE case_ref IS NOT NULL;

-- Signed tree heads. Append-only too.
CREATE TABLE checkpoint (
    tenant_id text        NOT NULL,
    tree_size bigint      NOT NULL CHECK (tree_size >= 0),
    root_hash bytea       NOT NULL,
    signed_at timestamptz NOT NULL,
    key_id    text        NOT NULL,
    signature bytea       NOT NULL,
    PRIMARY KEY (tenant_id, tree_size)
);

CREATE FUNCTION witness_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'witness: % is append-only; % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER observation_append_only BEFORE UPDATE OR DELETE ON observation
    FOR EACH ROW EXECUTE FUNCTION witness_append_only();
CREATE TRIGGER observation_no_truncate BEFORE TRUNCATE ON observation
    FOR EACH STATEMENT EXECUTE FUNCTION witness_append_only();
CREATE TRIGGER checkpoint_append_only BEFORE UPDATE OR DELETE ON checkpoint
    FOR EACH ROW EXECUTE FUNCTION witness_append_only();
CREATE TRIGGER checkpoint_no_truncate BEFORE TRUNCATE ON checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION witness_append_only();

-- The role the application writes with: it may read and insert evidence, and move the head; it has no
-- UPDATE, DELETE or TRUNCATE on observations or checkpoints. Roles belong to the whole server, so it may
-- exist already (another database of the same server).
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'witness_writer') THEN
        CREATE ROLE witness_writer NOLOGIN;
    END IF;
END
$$;

REVOKE ALL ON tenant, tenant_log_head, observation, checkpoint FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO witness_writer;
GRANT SELECT, INSERT ON tenant, observation, checkpoint TO witness_writer;
GRANT SELECT, INSERT, UPDATE ON tenant_log_head TO witness_writer;

-- The owner connects and then writes through SET ROLE witness_writer, so it must be a member (a
-- superuser needs no membership).
DO $$
BEGIN
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT witness_writer TO %I', current_user);
    END IF;
END
$$;
