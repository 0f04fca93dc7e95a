package io.witness.ledger.pack;

import io.witness.core.event.CaseId;
import io.witness.core.event.Side;
import io.witness.ledger.chain.LedgerTime;
import io.witness.ledger.chain.Observation;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.Position;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.Checkpoint;
import io.witness.ledger.checkpoint.SignedCheckpoint;
import io.witness.ledger.checkpoint.VerifyingKey;
import io.witness.ledger.hash.Hash;
import io.witness.ledger.proof.ConsistencyProof;
import io.witness.ledger.proof.InclusionProof;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads an evidence pack's zip back into an {@link EvidencePack}, taking every value as written: the
 * checks belong to {@link PackVerifier}. Needs no database.
 */
public final class PackReader {

    /** How the audit report prints a checkpoint's signature after its six lines. */
    static final String SIGNATURE_LINE = "signature ";

    private PackReader() {
    }

    /**
     * @throws PackFormatException naming the entry and field that is missing or malformed
     */
    public static EvidencePack read(Path file) throws IOException, PackFormatException {
        Map<String, byte[]> entries = entries(file);
        JsonNode manifest = manifest(entries);
        try {
            TenantId tenant = TenantId.of(string(manifest, "tenant", PackWriter.MANIFEST));
            SignedCheckpoint signed = signedCheckpoint(entries, manifest, PackWriter.MANIFEST);
            Checkpoint checkpoint = signed.checkpoint();
            VerifyingKey key = VerifyingKey.fromPem(text(entries, string(manifest, "publicKey", PackWriter.MANIFEST)));
            List<EvidencePack.Entry> read = new ArrayList<>();
            JsonNode observations = manifest.get("observations");
            if (observations == null || !observations.isArray()) {
                throw new PackFormatException(PackWriter.MANIFEST + ": observations: expected an array");
            }
            for (int i = 0; i < observations.size(); i++) {
                read.add(entry(tenant, checkpoint.treeSize(), observations.get(i), PackWriter.MANIFEST + ": observations[" + i + "]", entries));
            }
            return new EvidencePack(tenant, string(manifest, "subject", PackWriter.MANIFEST), signed, key, read,
                    extension(manifest, checkpoint.treeSize(), entries));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new PackFormatException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The signed checkpoint of {@code file}: an evidence pack's ({@code checkpoint.txt} and its signature),
     * or a text file holding a checkpoint's six lines followed by a line {@code signature BASE64}, as the
     * audit report's evidence appendix prints it.
     *
     * @throws PackFormatException saying what the file lacks
     */
    public static SignedCheckpoint readCheckpoint(Path file) throws IOException, PackFormatException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            Map<String, byte[]> entries = entries(file);
            try {
                return signedCheckpoint(entries, manifest(entries), PackWriter.MANIFEST);
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                throw new PackFormatException(file + ": " + e.getMessage(), e);
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.lastIndexOf("\n" + SIGNATURE_LINE);
        if (at < 0) {
            throw new PackFormatException(file + ": expected an evidence pack, or a checkpoint's six lines followed by a line '"
                    + SIGNATURE_LINE + "BASE64'");
        }
        try {
            return new SignedCheckpoint(Checkpoint.parse(text.substring(0, at + 1)),
                    Base64.getDecoder().decode(text.substring(at + 1 + SIGNATURE_LINE.length()).strip()));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new PackFormatException(file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, byte[]> entries(Path file) throws IOException, PackFormatException {
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        if (entries.isEmpty()) {
            throw new PackFormatException(file + " is not a zip file or holds nothing");
        }
        return entries;
    }

    private static JsonNode manifest(Map<String, byte[]> entries) throws PackFormatException {
        JsonNode manifest;
        try {
            manifest = PackWriter.JSON.readTree(text(entries, PackWriter.MANIFEST));
        } catch (JacksonException e) {
            throw new PackFormatException(PackWriter.MANIFEST + ": not JSON: " + e.getOriginalMessage(), e);
        }
        String format = string(manifest, "format", PackWriter.MANIFEST);
        if (!format.equals(EvidencePack.FORMAT)) {
            throw new PackFormatException(PackWriter.MANIFEST + ": format is '" + format + "', this reader knows " + EvidencePack.FORMAT);
        }
        return manifest;
    }

    // The checkpoint and signature entries that node's "checkpoint" and "signature" fields name.
    private static SignedCheckpoint signedCheckpoint(Map<String, byte[]> entries, JsonNode node, String where) throws PackFormatException {
        Checkpoint checkpoint = Checkpoint.parse(text(entries, string(node, "checkpoint", where)));
        byte[] signature = Base64.getDecoder().decode(text(entries, string(node, "signature", where)).strip());
        return new SignedCheckpoint(checkpoint, signature);
    }

    private static Optional<EvidencePack.Extension> extension(JsonNode manifest, long treeSize, Map<String, byte[]> entries)
            throws PackFormatException {
        JsonNode node = manifest.get("extends");
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        String where = PackWriter.MANIFEST + ": extends";
        SignedCheckpoint earlier = signedCheckpoint(entries, node, where);
        long size1 = number(node, "treeSize", where);
        List<Hash> proof = hashes(node, "consistencyProof", where);
        if (size1 <= 0 || size1 > treeSize) {
            throw new PackFormatException(where + ".treeSize: expected 1 to " + treeSize + ", got " + size1);
        }
        return Optional.of(new EvidencePack.Extension(earlier, new ConsistencyProof(size1, treeSize, proof)));
    }

    private static EvidencePack.Entry entry(TenantId tenant, long treeSize, JsonNode node, String where, Map<String, byte[]> entries)
            throws PackFormatException {
        long position = number(node, "position", where);
        ObservationDraft draft = new ObservationDraft(
                new SourceRef(string(node, "sourceSystem", where), string(node, "sourceInstance", where)),
                Side.fromWire(string(node, "side", where)),
                string(node, "kind", where),
                string(node, "sourceId", where),
                string(node, "sourceVersion", where),
                optional(node, "claimedAt").map(LedgerTime::parse),
                LedgerTime.parse(string(node, "receivedAt", where)),
                bytes(entries, string(node, "raw", where)),
                text(entries, string(node, "parsed", where)),
                optional(node, "caseRef").map(CaseId::new),
                node.hasNonNull("supersedes") ? Optional.of(Position.of(number(node, "supersedes", where))) : Optional.empty());
        List<Hash> proof = hashes(node, "inclusionProof", where);
        Observation observation = new Observation(tenant, Position.of(position), draft, Hash.fromHex(string(node, "payloadSha256", where)),
                Hash.fromHex(string(node, "leafHash", where)), Hash.fromHex(string(node, "chainHash", where)));
        return new EvidencePack.Entry(observation, new InclusionProof(position, treeSize, proof));
    }

    private static List<Hash> hashes(JsonNode node, String field, String where) throws PackFormatException {
        JsonNode hashes = node.get(field);
        if (hashes == null || !hashes.isArray()) {
            throw new PackFormatException(where + "." + field + ": expected an array of hexadecimal hashes");
        }
        List<Hash> out = new ArrayList<>();
        for (JsonNode h : hashes) {
            out.add(Hash.fromHex(h.asString()));
        }
        return out;
    }

    private static String string(JsonNode node, String field, String where) throws PackFormatException {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new PackFormatException(where + "." + field + ": expected a string");
        }
        return value.asString();
    }

    private static long number(JsonNode node, String field, String where) throws PackFormatException {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong()) {
            throw new PackFormatException(where + "." + field + ": expected a whole number");
        }
        return value.asLong();
    }

    private static Optional<String> optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asString());
    }

    private static byte[] bytes(Map<String, byte[]> entries, String name) throws PackFormatException {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new PackFormatException("the pack has no entry " + name);
        }
        return bytes;
    }

    private static String text(Map<String, byte[]> entries, String name) throws PackFormatException {
        return new String(bytes(entries, name), StandardCharsets.UTF_8);
    }
}
