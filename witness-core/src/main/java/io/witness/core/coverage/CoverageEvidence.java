package io.witness.core.coverage;

import io.witness.core.coverage.asset.InventorySystem;
import io.witness.core.coverage.backup.BackupRun;
import io.witness.core.coverage.backup.RestoreTest;
import io.witness.core.coverage.baseline.BaselineCheck;
import io.witness.core.coverage.cost.InvoiceLine;
import io.witness.core.coverage.cost.MarketPrice;
import io.witness.core.coverage.drift.ChangeRecord;
import io.witness.core.coverage.drift.ConfigSnapshot;
import io.witness.core.coverage.obligation.ObligationRecord;
import io.witness.core.coverage.patch.PatchRecord;
import io.witness.core.coverage.raci.Incident;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a coverage audit reads, as read from the ledger (or given in memory): the inventory, backup
 * runs and restore tests, patch reports, configuration snapshots and change records, baseline checks,
 * obligation records, market prices, invoices and incidents. Immutable.
 *
 * @param inventory the client's systems, in log order (a later row of a system replaces an earlier one)
 * @param backupRuns backup runs
 * @param restoreTests restore tests
 * @param patches patch records of every report
 * @param snapshots configuration snapshots
 * @param changes change records
 * @param baselineChecks security baseline checks
 * @param obligationRecords monthly reports, reviews, maintenance and documentation records
 * @param marketPrices market price ranges
 * @param invoices invoice lines
 * @param incidents incidents with their categories
 */
public record CoverageEvidence(List<InventorySystem> inventory, List<BackupRun> backupRuns, List<RestoreTest> restoreTests,
        List<PatchRecord> patches, List<ConfigSnapshot> snapshots, List<ChangeRecord> changes, List<BaselineCheck> baselineChecks,
        List<ObligationRecord> obligationRecords, List<MarketPrice> marketPrices, List<InvoiceLine> invoices, List<Incident> incidents) {

    private static final CoverageEvidence EMPTY = new CoverageEvidence(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of());

    public CoverageEvidence {
        inventory = List.copyOf(inventory);
        backupRuns = List.copyOf(backupRuns);
        restoreTests = List.copyOf(restoreTests);
        patches = List.copyOf(patches);
        snapshots = List.copyOf(snapshots);
        changes = List.copyOf(changes);
        baselineChecks = List.copyOf(baselineChecks);
        obligationRecords = List.copyOf(obligationRecords);
        marketPrices = List.copyOf(marketPrices);
        invoices = List.copyOf(invoices);
        incidents = List.copyOf(incidents);
    }

    /** No evidence at all. */
    public static CoverageEvidence empty() {
        return EMPTY;
    }

    /** This evidence followed by {@code other}'s, list by list. */
    public CoverageEvidence plus(CoverageEvidence other) {
        return new CoverageEvidence(join(inventory, other.inventory), join(backupRuns, other.backupRuns), join(restoreTests, other.restoreTests),
                join(patches, other.patches), join(snapshots, other.snapshots), join(changes, other.changes),
                join(baselineChecks, other.baselineChecks), join(obligationRecords, other.obligationRecords),
                join(marketPrices, other.marketPrices), join(invoices, other.invoices), join(incidents, other.incidents));
    }

    public CoverageEvidence withInventory(List<InventorySystem> list) {
        return new CoverageEvidence(list, backupRuns, restoreTests, patches, snapshots, changes, baselineChecks, obligationRecords,
                marketPrices, invoices, incidents);
    }

    public CoverageEvidence withBackupRuns(List<BackupRun> list) {
        return new CoverageEvidence(inventory, list, restoreTests, patches, snapshots, changes, baselineChecks, obligationRecords,
                marketPrices, invoices, incidents);
    }

    public CoverageEvidence withRestoreTests(List<RestoreTest> list) {
        return new CoverageEvidence(inventory, backupRuns, list, patches, snapshots, changes, baselineChecks, obligationRecords,
                marketPrices, invoices, incidents);
    }

    public CoverageEvidence withPatches(List<PatchRecord> list) {
        return new CoverageEvidence(inventory, backupRuns, restoreTests, list, snapshots, changes, baselineChecks, obligationRecords,
                marketPrices, invoices, incidents);
    }

    public CoverageEvidence withSnapshots(List<ConfigSnapshot> list) {
        return new CoverageEvidence(inventory, backupRuns, restoreTests, patches, list, changes, baselineChecks, obligationRecords,
                marketPrices, invoices, incidents);
    }

    public CoverageEvidence withChanges(List<ChangeRecord> list) {
        return new CoverageEvidence(inventory, backupRuns, restoreTests, patches, snapshots, list, baselineChecks, obligationRecords,
                marketPrices, invoices, incidents);
    }

    public CoverageEvidence withBaselineChecks(List<BaselineCheck> list) {
        return new CoverageEvidence(inventory, backupRuns, restoreTests, patches, snapshots, changes, list, obligationRecords,
                marketPrices, invoices, incidents);
    }

    public CoverageEvidence withObligationRecords(List<ObligationRecord> list) {
        return new CoverageEvidence(inventory, backupRuns, restoreTests, patches, snapshots, changes, baselineChecks, list,
                marketPrices, invoices, incidents);
    }

    public CoverageEvidence withMarketPrices(List<MarketPrice> list) {
        return new CoverageEvidence(inventory, backupRuns, restoreTests, patches, snapshots, changes, baselineChecks, obligationRecords,
                list, invoices, incidents);
    }

    public CoverageEvidence withInvoices(List<InvoiceLine> list) {
        return new CoverageEvidence(inventory, backupRuns, restoreTests, patches, snapshots, changes, baselineChecks, obligationRecords,
                marketPrices, list, incidents);
    }

    public CoverageEvidence withIncidents(List<Incident> list) {
        return new CoverageEvidence(inventory, backupRuns, restoreTests, patches, snapshots, changes, baselineChecks, obligationRecords,
                marketPrices, invoices, list);
    }

    /** How many records it holds in all. */
    public long size() {
        return (long) inventory.size() + backupRuns.size() + restoreTests.size() + patches.size() + snapshots.size() + changes.size()
                + baselineChecks.size() + obligationRecords.size() + marketPrices.size() + invoices.size() + incidents.size();
    }

    private static <T> List<T> join(List<T> a, List<T> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        List<T> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return all;
    }
}
