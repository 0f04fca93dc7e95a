package io.witness.sources.format;

import java.util.Objects;

/**
 * A file to import: its name, for messages ({@code incidents.csv}), and its bytes. Immutable: the bytes
 * are not copied for speed, and no one may change them.
 *
 * @param name the file's name as the user gave it, not blank
 * @param bytes its content, already decompressed when it was gzipped
 */
public record ImportFile(String name, byte[] bytes) {

    public ImportFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A file to import needs a name for messages");
        }
    }
}
