package io.witness.sources.tenant;

import io.witness.core.event.CaseId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads what {@link PayloadWriter} wrote. Not thread-safe. */
final class PayloadReader {

    private final byte[] buf;
    private int at;
    private final List<String> texts = new ArrayList<>();
    /** The event before's case, time claimed (seconds) and time seen, as {@link EventCodec} reads them. */
    @Nullable CaseId lastCase;
    long lastSecond;
    Optional<Instant> lastSeen = Optional.empty();

    PayloadReader(byte[] buf) {
        this.buf = buf;
    }

    int varint() {
        return Math.toIntExact(varlong());
    }

    long varlong() {
        long value = 0;
        int shift = 0;
        while (true) {
            if (at >= buf.length) {
                throw new IllegalArgumentException("A derived ticket's payload ends inside a number at byte " + at);
            }
            byte b = buf[at++];
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
            shift += 7;
        }
    }

    long signed() {
        long v = varlong();
        return (v >>> 1) ^ -(v & 1);
    }

    String text() {
        int index = varint();
        if (index > 0) {
            return texts.get(index - 1);
        }
        int length = varint();
        if (length > buf.length - at) {
            throw new IllegalArgumentException("A derived ticket's payload holds a text of " + length + " bytes at byte " + at
                    + " but only " + (buf.length - at) + " are left");
        }
        String text = new String(buf, at, length, StandardCharsets.UTF_8);
        at += length;
        texts.add(text);
        return text;
    }

    Optional<String> optionalText() {
        return varint() == 1 ? Optional.of(text()) : Optional.empty();
    }

    Instant instant() {
        return Instant.ofEpochSecond(signed(), varint());
    }

    Optional<Instant> optionalInstant() {
        return varint() == 1 ? Optional.of(instant()) : Optional.empty();
    }

    boolean atEnd() {
        return at == buf.length;
    }
}
