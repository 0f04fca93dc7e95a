package io.witness.core.reconcile;

/** How the two tickets of a case were found to be one case. */
public enum MatchMethod {
    /** Both sides recorded the ticket under the same id (an export keyed by the client's number). */
    SAME_ID("same-id"),
    /** One side stores the other's ticket id (ServiceNow correlation id, a PSA's external reference). */
    REFERENCE("reference"),
    /** No reference: requester, title and opening time agree closely enough (docs/reconcile.md). */
    FUZZY("fuzzy"),
    /** Only one side recorded it: a case of its own, and a finding. */
    ONE_SIDE_ONLY("one-side-only");

    private final String wireName;

    MatchMethod(String wireName) {
        this.wireName = wireName;
    }

    /** The name in files and reports: {@code same-id}, {@code reference}, {@code fuzzy}, {@code one-side-only}. */
    public String wireName() {
        return wireName;
    }
}
