package io.witness.app.demo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The demo tenant bundled in the jar (examples/demo): its contract and the evidence files its
 * {@code evidence/manifest.yaml} names, copied to a folder so {@code ./witness audit} reads them as it reads
 * any auditor's exports, whatever folder the command runs in.
 */
final class BundledExample {

    static final String FOLDER = "examples/demo/";

    private BundledExample() {
    }

    /** Copies the example into {@code target} ({@code contract.yaml}, {@code evidence/…}) and returns it. */
    static Path copyTo(Path target) throws IOException {
        Files.createDirectories(target.resolve("evidence"));
        copy("contract.yaml", target);
        String manifest = new String(bytes("evidence/manifest.yaml"), StandardCharsets.UTF_8);
        Files.writeString(target.resolve("evidence/manifest.yaml"), manifest, StandardCharsets.UTF_8);
        for (String name : namedIn(manifest)) {
            copy("evidence/" + name, target);
        }
        return target;
    }

    /** The files a manifest names: its areas file and every import's files. */
    private static Set<String> namedIn(String manifest) {
        Set<String> names = new LinkedHashSet<>();
        Map<?, ?> root = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(manifest);
        if (root.get("areas") != null) {
            names.add(root.get("areas").toString());
        }
        for (Object entry : (List<?>) root.get("imports")) {
            Object files = ((Map<?, ?>) entry).get("files");
            if (files instanceof List<?> list) {
                list.forEach(f -> names.add(f.toString()));
            } else {
                names.add(String.valueOf(files));
            }
        }
        return names;
    }

    private static void copy(String name, Path target) throws IOException {
        Files.write(target.resolve(name), bytes(name));
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = BundledExample.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IOException("The bundled example " + FOLDER + name + " is missing from the build");
            }
            return in.readAllBytes();
        }
    }
}
