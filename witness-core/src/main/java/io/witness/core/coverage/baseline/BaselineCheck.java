package io.witness.core.coverage.baseline;

import io.witness.core.finding.EvidenceRef;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One control of a security baseline checked on one date: MFA on admin accounts, unique vault-managed
 * credentials, no shared local admin, break-glass accounts listed, disk encryption, EDR present, phishing
 * training held… Immutable.
 *
 * @param control the control's id ({@code MFA-ADMIN}, {@code CIS-6.5}), not blank
 * @param name what it requires, not null, may be empty
 * @param scope what was checked (a device, a site), empty for the whole client; not null
 * @param checkedOn the date of the check, not null
 * @param result pass, fail or not applicable, not null
 * @param detail what was found ("2 of 9 admin accounts without MFA"), not null, may be empty
 * @param ref the row it was read from, not null
 */
public record BaselineCheck(String control, String name, String scope, LocalDate checkedOn, BaselineResult result, String detail,
        EvidenceRef ref) {

    public BaselineCheck {
        Objects.requireNonNull(control, "control");
        if (control.isBlank()) {
            throw new IllegalArgumentException("A baseline check names its control");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(checkedOn, "checkedOn");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(ref, "ref");
    }

    /** {@code MFA-ADMIN 'MFA on admin accounts'} and the scope when there is one: {@code … on FW-HQ}. */
    public String label() {
        return control + (name.isEmpty() ? "" : " '" + name + "'") + (scope.isEmpty() ? "" : " on " + scope);
    }
}
