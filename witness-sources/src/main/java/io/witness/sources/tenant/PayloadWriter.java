package io.witness.sources.tenant;

import io.witness.core.event.CaseId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes a derived ticket's payload: unsigned varints (7 bits a byte, low first), signed ones zigzagged,
 * instants as seconds and nanoseconds, and texts through a table: a text already written in this payload
 * is its index + 1, a new one 0 then its UTF-8 length and bytes. Not thread-safe.
 */
final class PayloadWriter {

    private byte[] buf = new byte[256];
    private int count;
    private final Map<String, Integer> texts = new HashMap<>();
    /** The event before's case, time claimed (seconds) and time seen: {@link EventCodec} writes what differs. */
    @Nullable CaseId lastCase;
    long lastSecond;
    Optional<Instant> lastSeen = Optional.empty();

    void varint(long value) {
        ensure(10);
        long v = value;
        while ((v & ~0x7FL) != 0) {
            buf[count++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[count++] = (byte) v;
    }

    void signed(long value) {
        varint((value << 1) ^ (value >> 63));
    }

    void text(String text) {
        Integer index = texts.get(text);
        if (index != null) {
            varint(index + 1L);
            return;
        }
        texts.put(text, texts.size());
        varint(0);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        varint(bytes.length);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, count, bytes.length);
        count += bytes.length;
    }

    void optionalText(Optional<String> text) {
        varint(text.isPresent() ? 1 : 0);
        text.ifPresent(this::text);
    }

    void instant(Instant instant) {
        signed(instant.getEpochSecond());
        varint(instant.getNano());
    }

    void optionalInstant(Optional<Instant> instant) {
        varint(instant.isPresent() ? 1 : 0);
        instant.ifPresent(this::instant);
    }

    byte[] bytes() {
        return Arrays.copyOf(buf, count);
    }

    private void ensure(int more) {
        if (count + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
        }
    }
}
