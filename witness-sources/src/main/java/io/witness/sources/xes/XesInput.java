package io.witness.sources.xes;

import io.witness.core.input.InputProblem;
import io.witness.sources.format.ImportFile;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** The bytes of an XES file as a stream: gzip-compressed ones (they start 1f 8b) are decompressed as read. */
final class XesInput {

    private XesInput() {
    }

    /** The stream of the file's XML; empty, with a problem, when its gzip header is broken. */
    static Optional<InputStream> open(ImportFile file, List<InputProblem> problems) {
        byte[] bytes = file.bytes();
        InputStream in = new ByteArrayInputStream(bytes);
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try {
                return Optional.of(new GZIPInputStream(in, 1 << 16));
            } catch (IOException e) {
                problems.add(new InputProblem(file.name(), 0, 0, "", "expected a gzip-compressed XES log, found a broken gzip header: "
                        + (e instanceof EOFException ? "the file ends inside it" : e.getMessage())));
                return Optional.empty();
            }
        }
        return Optional.of(in);
    }
}
