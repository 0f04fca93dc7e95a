package io.witness.app.coverage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.app.CliRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Imports examples/dental-150/evidence into a data folder as the README says, through ./witness import. */
final class DentalEvidence {

    static final Path EXAMPLE = Path.of("../examples/dental-150");
    static final Path EVIDENCE = EXAMPLE.resolve("evidence");
    static final String TENANT = "acme-dental";

    /** The imports of the example's README: file, format, side, and whether its times need the New York zone. */
    static final List<String[]> IMPORTS = List.of(
            new String[] {"assets.csv", "assets", "client", ""},
            new String[] {"backup-jobs.csv", "backup-jobs", "provider", "America/New_York"},
            new String[] {"restore-tests.csv", "restore-tests", "provider", "America/New_York"},
            new String[] {"ninjaone-patches.csv", "ninjaone-patches", "provider", ""},
            new String[] {"config-snapshots.jsonl", "config-snapshots", "provider", ""},
            new String[] {"changes.csv", "changes", "client", "America/New_York"},
            new String[] {"baseline-checks.csv", "baseline-checks", "provider", ""},
            new String[] {"obligation-evidence.csv", "obligation-evidence", "client", ""},
            new String[] {"market-prices.csv", "market-prices", "client", ""},
            new String[] {"invoices.csv", "invoices", "client", ""},
            new String[] {"incidents.jsonl", "events", "client", ""});

    private DentalEvidence() {
    }

    static void importInto(String data) {
        for (String[] file : IMPORTS) {
            List<String> args = new ArrayList<>(List.of("import", "--data", data, "--tenant", TENANT, "--side", file[2], "--source", file[1]));
            if (!file[3].isEmpty()) {
                args.addAll(List.of("--zone", file[3]));
            }
            args.add(EVIDENCE.resolve(file[0]).toString());
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.err()).as(file[0]).isEmpty();
            assertThat(run.exitCode()).as(file[0]).isZero();
        }
    }
}
