package io.witness.core.coverage;

import io.witness.core.contract.AssetId;
import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.coverage.asset.Criticality;
import io.witness.core.coverage.asset.Inventory;
import io.witness.core.coverage.asset.InventorySystem;
import io.witness.core.coverage.audit.AuditContext;
import io.witness.core.coverage.audit.CoverageSettings;
import io.witness.core.coverage.backup.BackupResult;
import io.witness.core.coverage.backup.BackupRun;
import io.witness.core.coverage.backup.RestoreResult;
import io.witness.core.coverage.backup.RestoreTest;
import io.witness.core.finding.EvidenceRef;
import io.witness.core.finding.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Contracts, inventories and evidence for the coverage rules' tests, named for who they are. */
public final class CoverageFixtures {

    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Contract dental;

    private CoverageFixtures() {
    }

    /** examples/dental-150: Acme Dental and Northwind, from 2026-01-01, New York. */
    public static synchronized Contract dental() {
        if (dental == null) {
            try {
                dental = ContractYaml.parse(Files.readString(Path.of("../examples/dental-150/contract.yaml")), "contract.yaml");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dental;
    }

    /**
     * A contract between acme and msp from 2026-01-01 in New York, in USD, with assets pms-db, pms-app,
     * files, m365 and laptops, and the given YAML after {@code obligations: msp:} (indented by 4).
     */
    public static Contract withObligations(String obligations) {
        return ContractYaml.parse("""
                contract: { id: test-msa, title: Test agreement, effective: { from: 2026-01-01 }, zone: America/New_York, currency: USD }
                parties:
                  client: { id: acme, name: Acme }
                  providers: [ { id: msp, name: MSP } ]
                assets:
                  - { id: pms-db, name: PMS database, kind: server }
                  - { id: pms-app, name: PMS application, kind: server }
                  - { id: files, name: File server, kind: server }
                  - { id: m365, name: Microsoft 365, kind: saas }
                  - { id: laptops, name: Laptops, kind: endpoints }
                obligations:
                  msp:
                """ + obligations.stripIndent().lines().map(l -> "    " + l).reduce("", (a, b) -> a + b + "\n"), "test.yaml");
    }

    public static AuditContext context(Contract contract, LocalDate at, List<InventorySystem> inventory) {
        return AuditContext.of(contract, contract.header().effective().from(), at, Inventory.of(inventory), CoverageSettings.defaults());
    }

    public static AuditContext context(Contract contract, LocalDate at, List<InventorySystem> inventory, CoverageSettings settings) {
        return AuditContext.of(contract, contract.header().effective().from(), at, Inventory.of(inventory), settings);
    }

    public static InventorySystem system(String name, Criticality criticality, String asset, String... datasets) {
        return new InventorySystem(name, "", criticality, Optional.ofNullable(asset).map(AssetId::new), "server", List.of(),
                Arrays.asList(datasets), Optional.empty(), EvidenceRef.file("assets.csv:" + name));
    }

    /** A local time in New York, {@code 2026-05-12T22:00}. */
    public static Instant ny(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
    }

    public static BackupRun run(String system, String localStart, BackupResult result, String... datasets) {
        return new BackupRun(system, "job-" + system, ny(localStart), Optional.empty(), result, Arrays.asList(datasets), "",
                EvidenceRef.file("backups.csv:" + system + "@" + localStart));
    }

    /** Runs of one system every night at 22:00 from {@code first} to {@code last}, all successful unless listed as failed. */
    public static List<BackupRun> nightly(String system, LocalDate first, LocalDate last, List<LocalDate> failed, String... datasets) {
        return first.datesUntil(last.plusDays(1))
                .map(d -> run(system, d + "T22:00", failed.contains(d) ? BackupResult.FAILED : BackupResult.SUCCESS, datasets)).toList();
    }

    public static RestoreTest restore(String system, String localTime, RestoreResult result) {
        return new RestoreTest(system, ny(localTime), result, List.of(), "", EvidenceRef.file("restores.csv:" + system + "@" + localTime));
    }

    /** The finding with this id. */
    public static Finding finding(List<Finding> findings, String id) {
        return findings.stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + id + " among " + findings.stream().map(Finding::id).toList()));
    }

    /** The ids of the findings, in order. */
    public static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::id).toList();
    }
}
