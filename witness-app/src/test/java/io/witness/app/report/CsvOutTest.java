package io.witness.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvOutTest {

    @Test
    void fieldsLongerThanTheBufferNonAsciiAndQuotedOnesComeOutAsUtf8Csv() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvOut out = new CsvOut(bytes, 4)) {
            out.field("abcdefghij");
            out.field("1 × 2");
            out.field("say \"hi\", twice");
            out.endLine();
            out.field("");
            out.field("Café");
            out.endLine();
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("abcdefghij,1 × 2,\"say \"\"hi\"\", twice\"\r\n,Café\r\n");
    }
}
