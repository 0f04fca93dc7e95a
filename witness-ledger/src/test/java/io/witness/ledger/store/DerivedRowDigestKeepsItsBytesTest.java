package io.witness.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.Side;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A derived row's digest is the SHA-256 docs/ledger.md names, field by field, whatever the digest's inner workings:
 * stored ledgers' signed sums were made of these bytes (#7).
 */
class DerivedRowDigestKeepsItsBytesTest {

    private static final TenantId TENANT = TenantId.of("acme");

    /** The digest written out as the format says: the version, then each field, texts and the payload length-prefixed. */
    private static byte[] asSpecified(DerivedRow row) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write("witness.derived-row.v1\n".getBytes(StandardCharsets.UTF_8));
        text(out, TENANT.value());
        out.writeLong(row.firstPosition());
        text(out, row.source().system());
        text(out, row.source().instance());
        text(out, row.side().wireName());
        text(out, row.caseRef());
        out.writeInt(row.payload().length);
        out.write(row.payload());
        return MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray());
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    @Test // #7
    void eachRowOfARunIsDigestedAsSpecifiedWhetherItsCaseIsAsciiOrNotAndItsSourceChangesOrNot() throws Exception {
        SourceRef servicenow = new SourceRef("servicenow", "acme-snow");
        SourceRef psa = new SourceRef("connectwise", "msp-psa");
        List<DerivedRow> rows = List.of(
                new DerivedRow(0, servicenow, Side.CLIENT, "INC0010001", new byte[] {1, 2, 3}),
                new DerivedRow(7, servicenow, Side.CLIENT, "INC0010002", new byte[0]),
                new DerivedRow(9, psa, Side.PROVIDER, "Tésté-ü 42", "x".repeat(300).getBytes(StandardCharsets.UTF_8)),
                new DerivedRow(12, psa, Side.PROVIDER, "", new byte[] {9}),
                new DerivedRow(1L << 40, servicenow, Side.CLIENT, "C".repeat(500), new byte[] {4}));
        DerivedRowDigest digest = new DerivedRowDigest(TENANT);

        for (DerivedRow row : rows) {
            assertThat(digest.of(row)).as("row at %d", row.firstPosition()).isEqualTo(asSpecified(row));
        }
        assertThat(DerivedRowDigest.of(TENANT, rows.get(2))).isEqualTo(asSpecified(rows.get(2)));
    }
}
