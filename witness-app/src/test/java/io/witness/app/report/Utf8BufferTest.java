package io.witness.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8BufferTest {

    @Test
    void encodesAsStringGetBytesDoesWhateverTheBufferSize() throws Exception {
        String text = "plain ASCII, then é, — and 😀, an unpaired \uD800 surrogate and a lone \uDC00 one, then more ASCII";
        for (int size = 4; size <= 40; size++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Utf8Buffer out = new Utf8Buffer(bytes, size)) {
                out.text(text, 0, 10);
                out.text(text, 10, text.length());
                out.put("!".getBytes(StandardCharsets.US_ASCII));
            }

            assertThat(bytes.toByteArray()).as("buffer of %d bytes", size).isEqualTo((text + "!").getBytes(StandardCharsets.UTF_8));
        }
    }
}
