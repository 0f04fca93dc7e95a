package io.witness.core.coverage.backup;

import io.witness.core.contract.AssetId;
import io.witness.core.contract.ObligationTerms;
import io.witness.core.coverage.audit.AuditContext;
import io.witness.core.coverage.audit.ProviderObligation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The systems in the contract's backup scopes on the audit date, each with the first obligation that names it. */
final class BackupScopes {

    private BackupScopes() {
    }

    static Map<String, ProviderObligation<ObligationTerms.BackupScope>> of(AuditContext context) {
        Map<String, ProviderObligation<ObligationTerms.BackupScope>> scoped = new LinkedHashMap<>();
        for (ProviderObligation<ObligationTerms.BackupScope> scope : context.obligations(ObligationTerms.BackupScope.class)) {
            for (AssetId asset : scope.terms().systems()) {
                for (String system : context.inventory().systemsOf(asset, context.at())) {
                    scoped.putIfAbsent(system, scope);
                }
            }
        }
        return scoped;
    }

    /** The asset ids of a scope, for messages: "pms-db, pms-app and m365". */
    static List<String> assets(ProviderObligation<ObligationTerms.BackupScope> scope) {
        return scope.terms().systems().stream().map(AssetId::value).toList();
    }
}
