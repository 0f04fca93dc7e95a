package io.witness.ledger.pack;

import io.witness.core.event.CaseId;
import io.witness.ledger.chain.LeafEncoding;
import io.witness.ledger.chain.LedgerTime;
import io.witness.ledger.chain.Observation;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.checkpoint.SignedCheckpoint;
import io.witness.ledger.hash.Hash;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an evidence pack as a zip (docs/evidence-pack.md): {@value #MANIFEST}, {@value #CHECKPOINT},
 * {@value #SIGNATURE}, {@value #PUBLIC_KEY}, and for each observation {@code observations/<position>.raw}
 * and {@code observations/<position>.json}; with an earlier checkpoint, {@value #EARLIER_CHECKPOINT} and
 * {@value #EARLIER_SIGNATURE}. The file appears whole or not at all.
 */
public final class PackWriter {

    static final String MANIFEST = "pack.json";
    static final String CHECKPOINT = "checkpoint.txt";
    static final String SIGNATURE = "checkpoint.sig";
    static final String PUBLIC_KEY = "public-key.pem";
    static final String EARLIER_CHECKPOINT = "earlier/checkpoint.txt";
    static final String EARLIER_SIGNATURE = "earlier/checkpoint.sig";

    static final JsonMapper JSON = JsonMapper.builder().build();

    private PackWriter() {
    }

    /** Writes {@code pack} to {@code file}, replacing it. */
    public static void write(EvidencePack pack, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(out)) {
                FileTime time = FileTime.from(pack.checkpoint().checkpoint().time());
                entry(zip, MANIFEST, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest(pack)), time);
                entry(zip, CHECKPOINT, pack.checkpoint().checkpoint().signedBytes(), time);
                entry(zip, SIGNATURE, (pack.checkpoint().signatureBase64() + "\n").getBytes(StandardCharsets.US_ASCII), time);
                entry(zip, PUBLIC_KEY, pack.publicKey().pem().getBytes(StandardCharsets.US_ASCII), time);
                if (pack.extension().isPresent()) {
                    SignedCheckpoint earlier = pack.extension().get().earlier();
                    entry(zip, EARLIER_CHECKPOINT, earlier.checkpoint().signedBytes(), time);
                    entry(zip, EARLIER_SIGNATURE, (earlier.signatureBase64() + "\n").getBytes(StandardCharsets.US_ASCII), time);
                }
                for (EvidencePack.Entry e : pack.entries()) {
                    long position = e.observation().position().value();
                    entry(zip, rawName(position), e.observation().draft().raw(), time);
                    entry(zip, parsedName(position), e.observation().draft().parsedJson().getBytes(StandardCharsets.UTF_8), time);
                }
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static String rawName(long position) {
        return "observations/" + position + ".raw";
    }

    static String parsedName(long position) {
        return "observations/" + position + ".json";
    }

    private static ObjectNode manifest(EvidencePack pack) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", EvidencePack.FORMAT);
        root.put("tenant", pack.tenant().value());
        root.put("subject", pack.subject());
        root.put("checkpoint", CHECKPOINT);
        root.put("signature", SIGNATURE);
        root.put("publicKey", PUBLIC_KEY);
        root.put("treeSize", pack.checkpoint().checkpoint().treeSize());
        ArrayNode observations = root.putArray("observations");
        for (EvidencePack.Entry e : pack.entries()) {
            Observation o = e.observation();
            ObservationDraft d = o.draft();
            ObjectNode node = observations.addObject();
            node.put("position", o.position().value());
            node.put("sourceSystem", d.source().system());
            node.put("sourceInstance", d.source().instance());
            node.put("side", d.side().wireName());
            node.put("kind", d.kind());
            node.put("sourceId", d.sourceId());
            node.put("sourceVersion", d.sourceVersion());
            node.put("claimedAt", d.claimedAt().map(LedgerTime::format).orElse(null));
            node.put("receivedAt", LedgerTime.format(d.receivedAt()));
            node.put("caseRef", d.caseRef().map(CaseId::value).orElse(null));
            if (d.supersedes().isPresent()) {
                node.put("supersedes", d.supersedes().get().value());
            } else {
                node.putNull("supersedes");
            }
            node.put("raw", rawName(o.position().value()));
            node.put("parsed", parsedName(o.position().value()));
            node.put("payloadSha256", o.payloadDigest().toHex());
            node.put("parsedSha256", LeafEncoding.parsedDigest(d).toHex());
            node.put("leafHash", o.leafHash().toHex());
            node.put("chainHash", o.chainHash().toHex());
            ArrayNode proof = node.putArray("inclusionProof");
            e.proof().hashes().stream().map(Hash::toHex).forEach(proof::add);
        }
        if (pack.extension().isPresent()) {
            EvidencePack.Extension extension = pack.extension().get();
            ObjectNode node = root.putObject("extends");
            node.put("checkpoint", EARLIER_CHECKPOINT);
            node.put("signature", EARLIER_SIGNATURE);
            node.put("treeSize", extension.proof().size1());
            ArrayNode proof = node.putArray("consistencyProof");
            extension.proof().hashes().stream().map(Hash::toHex).forEach(proof::add);
        } else {
            root.putNull("extends");
        }
        return root;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes, FileTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(time);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
