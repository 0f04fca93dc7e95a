package io.witness.sources.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.coverage.backup.BackupResult;
import io.witness.core.event.Side;
import io.witness.core.finding.EvidenceRef;
import io.witness.ledger.chain.CanonicalJson;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.SourceRef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A tenant's observations as coverage evidence: the latest version of each record, ticket observations left out. */
class OperationalEvidenceTest {

    private static ObservationDraft backup(String version, String result) {
        String json = "{\"result\":\"" + result + "\",\"started_at\":\"2026-05-13T02:00:00Z\",\"system\":\"SQL01\"}";
        return ObservationDraft.of(new SourceRef("backup-jobs", "datto"), Side.PROVIDER, "backup-run", "SQL01//2026-05-13T02:00:00Z", version,
                Operational.RECEIVED, json.getBytes(StandardCharsets.UTF_8), CanonicalJson.parse(json));
    }

    @Test
    void keepsTheLatestVersionOfEachRecordAndCitesItsObservation() {
        ObservationDraft ticket = ObservationDraft.of(new SourceRef("connectwise", "northwind"), Side.PROVIDER, "ticket", "T1", "1",
                Operational.RECEIVED, "{}".getBytes(StandardCharsets.UTF_8), CanonicalJson.parse("{}"));
        List<ObservationDraft> drafts = new ArrayList<>(List.of(backup("v1", "failed"), ticket, backup("v2", "success")));

        OperationalEvidence.Read read = OperationalEvidence.of(drafts, List.of("acme#0", "acme#1", "acme#2"));

        assertThat(read.evidence().backupRuns()).hasSize(1);
        assertThat(read.evidence().backupRuns().get(0).result()).isEqualTo(BackupResult.SUCCESS);
        assertThat(read.evidence().backupRuns().get(0).ref()).isEqualTo(EvidenceRef.observation("acme#2"));
        assertThat(List.of(read.records(), read.versions())).containsExactly(1L, 2L);
    }
}
