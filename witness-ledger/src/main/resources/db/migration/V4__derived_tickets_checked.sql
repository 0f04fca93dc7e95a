-- The derived tickets check themselves (docs/ledger.md, "Derived tickets"): they are still a cache the
-- writer may replace, but a reader uses them only if they are as the ledger wrote them.
-- row_sha256: the SHA-256 of the row's tenant, first position, source, side, case and payload
-- (io.witness.ledger.store.DerivedRowDigest), kept so that an import replacing a row can take its digest
-- out of the sum without reading the payload. row_count and rows_sha256: how many rows the tenant has and
-- the sum of their digests modulo 2^256; signature: Ed25519, by the ledger's key (kept in the data folder,
-- not here), over the tenant, log_size, contract_sha256, row_count and rows_sha256. A reader recomputes every
-- row's digest; on any mismatch it derives from the observations and rebuilds.
-- Rows written before this migration have none of these: their tenant's header is unsigned, so the first
-- reconcile rebuilds them.
ALTER TABLE derived_ticket ADD COLUMN row_sha256 bytea CHECK (octet_length(row_sha256) = 32);
ALTER TABLE derived_tenant ADD COLUMN row_count bigint CHECK (row_count >= 0),
    ADD COLUMN rows_sha256 bytea CHECK (octet_length(rows_sha256) = 32),
    ADD COLUMN signature bytea;
