package io.witness.sources.export;

import io.witness.core.input.Problems;
import io.witness.sources.format.ImportFile;
import java.util.Optional;

/**
 * Reads an exported table from a file, CSV or workbook, told apart by content: a ZIP (XLSX) or OLE2 (XLS)
 * signature is a workbook, anything else is CSV text.
 */
public final class ExportTables {

    private ExportTables() {
    }

    /**
     * The table in {@code file}; every problem found goes to {@code problems}.
     *
     * @return the table, or empty when the file has none (a problem says why)
     */
    public static Optional<ExportTable> read(ImportFile file, Problems problems) {
        byte[] bytes = file.bytes();
        return isWorkbook(bytes) ? XlsxTable.read(file.name(), bytes, problems) : CsvTable.read(file.name(), bytes, problems);
    }

    /** True when the bytes start as a ZIP file (XLSX) or an OLE2 compound file (XLS). */
    public static boolean isWorkbook(byte[] bytes) {
        boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        boolean ole2 = bytes.length >= 4 && bytes[0] == (byte) 0xD0 && bytes[1] == (byte) 0xCF && bytes[2] == 0x11
                && bytes[3] == (byte) 0xE0;
        return zip || ole2;
    }
}
