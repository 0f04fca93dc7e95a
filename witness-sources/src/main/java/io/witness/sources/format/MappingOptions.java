package io.witness.sources.format;

import io.witness.core.input.Problems;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

/**
 * The options a format reads from an import's mapping file, remembered for normalising: a format
 * normalises case by case, and every case of one import brings the same file, so it is read once. Problems
 * in the file were reported when the files were parsed, so normalising does not collect them again.
 * Thread-safe.
 *
 * @param <T> the format's options
 */
public final class MappingOptions<T> {

    private final BiFunction<ImportContext, Problems, T> read;
    private final AtomicReference<Map.Entry<ImportContext.TextFile, T>> last = new AtomicReference<>();

    /** @param read reads the options of a context's mapping file, each problem to the given {@link Problems} */
    public MappingOptions(BiFunction<ImportContext, Problems, T> read) {
        this.read = Objects.requireNonNull(read, "read");
    }

    /** The options of the context's mapping file (or of none), read again only when the file changes. */
    public T forNormalising(ImportContext context) {
        if (context.mapping().isEmpty()) {
            return read.apply(context, new Problems());
        }
        ImportContext.TextFile file = context.mapping().get();
        Map.Entry<ImportContext.TextFile, T> remembered = last.get();
        if (remembered != null && remembered.getKey().equals(file)) {
            return remembered.getValue();
        }
        T options = read.apply(context, new Problems());
        last.set(Map.entry(file, options));
        return options;
    }
}
