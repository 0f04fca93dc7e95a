package io.witness.core.finding;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What sort of finding it is, as a stable code reports group and filter by: {@code sla-breach},
 * {@code clock-disagreement}, {@code history-rewrite}, {@code one-sided-case}, {@code unmapped-status},
 * {@code backup-scope-gap}, {@code restore-test-overdue}, {@code patch-lag}, {@code config-drift},
 * {@code baseline-control-failing}, {@code obligation-missed}, {@code raci-gap}, {@code cost-above-market}…
 * Each area defines its codes as constants beside its rules. Immutable.
 *
 * @param code lower-case words joined by hyphens
 */
public record FindingKind(String code) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public FindingKind {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A finding kind is lower-case words joined by hyphens, got '" + code + "'");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
