package io.witness.core.coverage.drift;

import io.witness.core.contract.EvidenceKind;
import io.witness.core.contract.ObligationTerms;
import io.witness.core.coverage.audit.AuditContext;
import io.witness.core.coverage.audit.FindingDraft;
import io.witness.core.coverage.audit.ProviderObligation;
import io.witness.core.coverage.audit.RuleOutcome;
import io.witness.core.coverage.audit.Words;
import io.witness.core.finding.Finding;
import io.witness.core.finding.FindingKind;
import io.witness.core.finding.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every change of each device's configuration from its latest baseline taken before the audit date: an
 * item a later snapshot has and the baseline lacks is added, one the baseline has and a later snapshot
 * lacks is removed. Each change is dated by the first snapshot that shows it, says whether the latest
 * snapshot still shows it, and is covered when a change record names the device (or {@code *}) and its
 * window overlaps the time from the snapshot before to the one that first showed it. Categories a
 * snapshot did not capture are not compared, and whether a change is still there is read from the latest
 * snapshot that captured its category.
 */
public final class DriftRule {

    /** A change from the baseline. */
    public static final FindingKind DRIFT = new FindingKind("config-drift");

    /**
     * What the rule found.
     *
     * @param outcome one finding per change
     * @param devicesCompared devices with a baseline and a later snapshot
     * @param changes changes from the baseline
     * @param uncovered changes no change record covers
     */
    public record Result(RuleOutcome outcome, long devicesCompared, long changes, long uncovered) {
    }

    private DriftRule() {
    }

    public static Result audit(AuditContext context, List<ConfigSnapshot> snapshots, List<ChangeRecord> changeRecords) {
        Map<String, List<ConfigSnapshot>> byDevice = new TreeMap<>();
        Instant end = context.atInstant();
        for (ConfigSnapshot snapshot : snapshots) {
            if (snapshot.takenAt().isBefore(end)) {
                byDevice.computeIfAbsent(context.inventory().resolve(snapshot.device()), k -> new ArrayList<>()).add(snapshot);
            }
        }
        Optional<ProviderObligation<?>> obligation = configObligation(context);
        List<Finding> findings = new ArrayList<>();
        long compared = 0;
        long uncovered = 0;
        for (Map.Entry<String, List<ConfigSnapshot>> device : byDevice.entrySet()) {
            List<ConfigSnapshot> list = device.getValue();
            list.sort(Comparator.comparing(ConfigSnapshot::takenAt));
            int base = -1;
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).baseline()) {
                    base = i;
                }
            }
            if (base < 0 || base == list.size() - 1) {
                continue;
            }
            compared++;
            for (Change change : changes(list.subList(base, list.size()))) {
                Optional<ChangeRecord> cover = cover(context, device.getKey(), change, changeRecords);
                uncovered += cover.isEmpty() ? 1 : 0;
                findings.add(finding(context, device.getKey(), change, list.get(base), cover, obligation));
            }
        }
        return new Result(new RuleOutcome(findings, List.of()), compared, findings.size(), uncovered);
    }

    /**
     * One item added or removed: the snapshot that first showed it, the one before, the latest that captured
     * its category, and whether that one still shows the change.
     */
    private record Change(ConfigCategory category, String item, boolean added, ConfigSnapshot before, ConfigSnapshot first,
            ConfigSnapshot latest, boolean stillThere) {
    }

    private static List<Change> changes(List<ConfigSnapshot> fromBaseline) {
        ConfigSnapshot baseline = fromBaseline.get(0);
        Map<String, Change> found = new LinkedHashMap<>();
        for (int i = 1; i < fromBaseline.size(); i++) {
            ConfigSnapshot snapshot = fromBaseline.get(i);
            for (Map.Entry<ConfigCategory, Set<String>> category : snapshot.items().entrySet()) {
                Set<String> agreed = baseline.items().get(category.getKey());
                if (agreed == null) {
                    continue;
                }
                ConfigSnapshot latest = latestCapturing(fromBaseline, category.getKey());
                for (String item : category.getValue()) {
                    if (!agreed.contains(item)) {
                        found.putIfAbsent("+" + category.getKey() + "\t" + item, new Change(category.getKey(), item, true,
                                fromBaseline.get(i - 1), snapshot, latest, has(latest, category.getKey(), item)));
                    }
                }
                for (String item : agreed) {
                    if (!category.getValue().contains(item)) {
                        found.putIfAbsent("-" + category.getKey() + "\t" + item, new Change(category.getKey(), item, false,
                                fromBaseline.get(i - 1), snapshot, latest, !has(latest, category.getKey(), item)));
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private static ConfigSnapshot latestCapturing(List<ConfigSnapshot> snapshots, ConfigCategory category) {
        for (int i = snapshots.size() - 1; i > 0; i--) {
            if (snapshots.get(i).items().containsKey(category)) {
                return snapshots.get(i);
            }
        }
        return snapshots.get(0);
    }

    private static boolean has(ConfigSnapshot snapshot, ConfigCategory category, String item) {
        Set<String> items = snapshot.items().get(category);
        return items != null && items.contains(item);
    }

    private static Optional<ChangeRecord> cover(AuditContext context, String device, Change change, List<ChangeRecord> records) {
        for (ChangeRecord record : records) {
            boolean names = record.devices().stream().anyMatch(d -> d.equals("*") || context.inventory().resolve(d).equalsIgnoreCase(device));
            if (names && record.windowStart().isBefore(change.first().takenAt()) && record.windowEnd().isAfter(change.before().takenAt())) {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    private static Finding finding(AuditContext context, String device, Change change, ConfigSnapshot baseline,
            Optional<ChangeRecord> cover, Optional<ProviderObligation<?>> obligation) {
        String noun = change.category().noun();
        String verb = change.added() ? "added" : "removed";
        String first = context.dateOf(change.first().takenAt()).toString();
        String before = context.dateOf(change.before().takenAt()).toString();
        String title = device + ": " + noun + " " + verb + " " + first + (cover.isPresent() ? " under change " + cover.get().changeId()
                : " without a change record") + ": " + change.item();
        String explanation = "The baseline of " + device + " taken " + context.dateOf(baseline.takenAt()) + (change.added() ? " does not have " : " has ")
                + noun + " '" + change.item() + "'. " + (change.added() ? "It first appears in the snapshot of " + first
                        : "It is gone from the snapshot of " + first) + " (the one before, " + before + ", "
                + (change.added() ? "does not have it" : "still has it") + ") and "
                + (change.stillThere() ? "is still " + (change.added() ? "there" : "gone") : "is " + (change.added() ? "gone" : "back"))
                + " on " + context.dateOf(change.latest().takenAt()) + ". " + cover.map(c -> "Change " + c.changeId()
                        + (c.summary().isEmpty() ? "" : " ('" + c.summary() + "')") + ", window " + context.dateOf(c.windowStart()) + " to "
                        + context.dateOf(c.windowEnd()) + ", covers it.")
                .orElse("No change record names " + device + " between " + before + " and " + first + ".");
        FindingDraft draft = FindingDraft.of(DRIFT, device, Words.slug(noun), verb, Words.slug(change.item()))
                .severity(cover.isPresent() ? Severity.INFO : severity(change)).title(title).explanation(explanation)
                .at(change.first().takenAt()).evidence(baseline.ref()).evidence(change.before().ref()).evidence(change.first().ref());
        cover.ifPresent(c -> draft.evidence(c.ref()));
        obligation.ifPresent(draft::obligation);
        return draft.build();
    }

    private static Severity severity(Change change) {
        boolean risky = change.added() ? change.category() != ConfigCategory.SERVICE : change.category() == ConfigCategory.SERVICE;
        return risky ? Severity.HIGH : Severity.MEDIUM;
    }

    /** The first obligation whose evidence is a configuration snapshot: the clause drift concerns. */
    private static Optional<ProviderObligation<?>> configObligation(AuditContext context) {
        for (ProviderObligation<ObligationTerms> obligation : context.obligations(ObligationTerms.class)) {
            if (obligation.obligation().evidence() == EvidenceKind.CONFIG_SNAPSHOT) {
                return Optional.of(obligation);
            }
        }
        return Optional.empty();
    }
}
