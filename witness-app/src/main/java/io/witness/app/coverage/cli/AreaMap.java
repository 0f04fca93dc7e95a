package io.witness.app.coverage.cli;

import io.witness.core.input.InputRejected;
import io.witness.core.input.Problems;
import io.witness.sources.export.ExportRow;
import io.witness.sources.export.ExportTable;
import io.witness.sources.export.ExportTables;
import io.witness.sources.format.ImportFile;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code --areas} file: a CSV with the columns {@code category} and {@code area} placing each incident
 * category in an area of the contract's responsibility matrix; an empty area places it in none on purpose.
 */
public final class AreaMap {

    private AreaMap() {
    }

    /** @throws InputRejected with every problem of the file */
    public static Map<String, String> read(String name, byte[] bytes) {
        Problems problems = new Problems();
        Optional<ExportTable> table = ExportTables.read(new ImportFile(name, bytes), problems);
        Map<String, String> areas = new LinkedHashMap<>();
        if (table.isPresent()) {
            Optional<Integer> category = table.get().column("category");
            Optional<Integer> area = table.get().column("area");
            if (category.isEmpty() || area.isEmpty()) {
                problems.add(table.get().headerProblem("expected the columns 'category' and 'area'; the header has: "
                        + String.join(", ", table.get().header())));
            } else {
                for (ExportRow row : table.get().rows()) {
                    String text = row.cell(category.get()).strip();
                    if (text.isEmpty()) {
                        problems.add(row.problemAt(category.get(), "expected an incident category, found nothing"));
                    } else {
                        areas.put(text, row.cell(area.get()).strip());
                    }
                }
            }
        }
        problems.throwIfAny();
        return areas;
    }
}
