package io.witness.sources.ingest;

import io.witness.sources.format.ImportFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads the files of an import. A gzipped file ({@code .gz}, or any file starting with gzip's magic
 * bytes) is decompressed; its name stays as given, so messages name the file the person has.
 */
public final class ImportFiles {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private ImportFiles() {
    }

    /**
     * The file's name and content, decompressed when gzipped.
     *
     * @throws java.nio.file.NoSuchFileException if there is no such file
     * @throws IOException if it cannot be read, or is named {@code .gz} and is not gzip
     */
    public static ImportFile read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        String name = path.toString();
        return new ImportFile(name, isGzip(bytes) || name.endsWith(".gz") ? gunzip(name, bytes) : bytes);
    }

    static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == GZIP_MAGIC_1 && (bytes[1] & 0xff) == GZIP_MAGIC_2;
    }

    static byte[] gunzip(String name, byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16)) {
            return in.readAllBytes();
        } catch (ZipException | java.io.EOFException e) {
            throw new IOException(name + ": not a whole gzip file (" + e.getMessage() + ")", e);
        }
    }
}
