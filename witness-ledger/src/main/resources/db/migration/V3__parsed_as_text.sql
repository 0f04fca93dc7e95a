-- The parsed form is kept as text instead of json (docs/ledger.md). json made PostgreSQL check on every
-- insert that the text is JSON, about a tenth of the server's CPU in an import (witness-bench README);
-- the writer stores canonical JSON and its SHA-256 is in the leaf, which verify recomputes, so the check
-- proved nothing the chain does not. Like json, text keeps the bytes as given; the conversion keeps every
-- stored byte (json's text is copied as it is), so every digest, leaf and checkpoint stays as it was.
-- Rewrites the table once; the append-only triggers and the grants stay.
ALTER TABLE observation ALTER COLUMN parsed TYPE text;
