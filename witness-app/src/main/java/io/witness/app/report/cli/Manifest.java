package io.witness.app.report.cli;

import io.witness.app.CliFailure;
import io.witness.sources.format.SourceFormats;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The {@code manifest.yaml} of an evidence folder: which files to import, in which format, from whose
 * system, and the zone of times they write without an offset.
 *
 * <pre>
 * tenant: acme                   # optional; default: the contract's client
 * areas: areas.csv               # optional: incident category → area of the responsibility matrix
 * imports:
 *   - files: [incidents.csv]     # relative to the folder
 *     source: servicenow         # a format of ./witness import --source
 *     side: client               # client or provider
 *     zone: America/New_York     # optional
 * </pre>
 *
 * @param tenant the tenant, when the manifest names one
 * @param areas the coverage audit's areas file ({@code ./witness coverage --areas}), when named
 * @param imports the imports, in order
 */
record Manifest(Optional<String> tenant, Optional<Path> areas, List<Entry> imports) {

    /** The file's name in an evidence folder. */
    static final String FILE = "manifest.yaml";

    Manifest {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(areas, "areas");
        imports = List.copyOf(imports);
    }

    /**
     * One import.
     *
     * @param files the files, resolved against the folder
     * @param source the format's name
     * @param side {@code client} or {@code provider}
     * @param zone the zone of times without an offset, when given
     */
    record Entry(List<Path> files, String source, String side, Optional<String> zone) {

        Entry {
            files = List.copyOf(files);
        }
    }

    /**
     * Reads a manifest, reporting every problem at once.
     *
     * @throws CliFailure naming each problem with the file and the entry
     */
    static Manifest parse(String text, Path folder) {
        Object root;
        try {
            root = new Load(LoadSettings.builder().build()).loadFromString(text);
        } catch (YamlEngineException e) {
            throw new CliFailure(FILE + ": not YAML: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        if (!(root instanceof Map<?, ?> map)) {
            throw new CliFailure(FILE + ": expected a mapping with 'imports', found " + (root == null ? "nothing" : "a " + kind(root)));
        }
        Optional<String> tenant = Optional.ofNullable(map.get("tenant")).map(Object::toString);
        List<Entry> entries = new ArrayList<>();
        if (!(map.get("imports") instanceof List<?> list) || list.isEmpty()) {
            problems.add(FILE + ": imports: expected a list of imports, found " + (map.get("imports") == null ? "nothing"
                    : "a " + kind(map.get("imports"))));
        } else {
            for (int i = 0; i < list.size(); i++) {
                String where = FILE + ": imports[" + (i + 1) + "]";
                if (!(list.get(i) instanceof Map<?, ?> entry)) {
                    problems.add(where + ": expected a mapping with files, source and side, found a " + kind(list.get(i)));
                    continue;
                }
                List<Path> files = new ArrayList<>();
                Object given = entry.get("files");
                if (given instanceof List<?> names && !names.isEmpty()) {
                    names.forEach(n -> files.add(folder.resolve(String.valueOf(n))));
                } else if (given instanceof String name) {
                    files.add(folder.resolve(name));
                } else {
                    problems.add(where + ": files: expected a file name or a list of them, found " + (given == null ? "nothing"
                            : "a " + kind(given)));
                }
                Object source = entry.get("source");
                if (!(source instanceof String)) {
                    problems.add(where + ": source: expected a format such as servicenow, found " + (source == null ? "nothing"
                            : "a " + kind(source)));
                } else if (SourceFormats.named((String) source).isEmpty()) {
                    problems.add(where + ": source: expected one of " + SourceFormats.names() + ", found '" + source + "'");
                }
                Object zone = entry.get("zone");
                if (zone != null) {
                    try {
                        ZoneId.of(zone.toString());
                    } catch (DateTimeException e) {
                        problems.add(where + ": zone: expected a zone such as America/New_York or UTC, found '" + zone + "'");
                    }
                }
                Object side = entry.get("side");
                if (!"client".equals(side) && !"provider".equals(side)) {
                    problems.add(where + ": side: expected client or provider, found " + (side == null ? "nothing" : "'" + side + "'"));
                }
                if (problems.isEmpty()) {
                    entries.add(new Entry(files, (String) source, (String) side,
                            Optional.ofNullable(zone).map(Object::toString)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CliFailure(String.join("\n", problems));
        }
        return new Manifest(tenant, Optional.ofNullable(map.get("areas")).map(a -> folder.resolve(a.toString())), entries);
    }

    private static String kind(Object value) {
        return value instanceof Map ? "mapping" : value instanceof List ? "list" : value instanceof String ? "text" : "number";
    }
}
