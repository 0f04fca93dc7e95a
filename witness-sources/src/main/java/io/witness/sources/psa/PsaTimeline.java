package io.witness.sources.psa;

import io.witness.core.contract.SourceKind;
import io.witness.core.event.Assigned;
import io.witness.core.event.CaseId;
import io.witness.core.event.Closed;
import io.witness.core.event.CommentAdded;
import io.witness.core.event.DetailsRecorded;
import io.witness.core.event.Priority;
import io.witness.core.event.PriorityChanged;
import io.witness.core.event.PublicReply;
import io.witness.core.event.Reopened;
import io.witness.core.event.Resolved;
import io.witness.core.event.SlaClaimed;
import io.witness.core.event.StatusChanged;
import io.witness.core.event.StatusClass;
import io.witness.core.event.TicketDetails;
import io.witness.core.event.TicketOpened;
import io.witness.sources.format.CaseEvents;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.SourceMaps;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One ticket's canonical events from what a PSA told about it: versions of its record (snapshots), the
 * field changes of its audit trail or history, and its notes.
 *
 * <ul>
 *   <li><b>opened</b> at the record's entered time, with the status and priority it was opened with: the
 *       old value of the first status (priority) change when the history has one (its new value when it
 *       is at the opening and gives no old one); else the status of the first record if that record is
 *       from the opening or its status is of class {@code new}, and the priority of the first record
 *       whatever its status (a closed status cannot have been the opening one, but a priority no history
 *       changed is the best evidence of the opening priority there is).</li>
 *   <li><b>status</b> at each change of the history; past the history's last change (or without one),
 *       each record version whose status differs from the one before, at its last-updated time (at its
 *       closing time when it is closed and that is known). Each carries the class the contract gives
 *       the status; a change into class {@code resolved} also gives <b>resolved</b>, into {@code closed}
 *       <b>closed</b>, and out of a resolved or closed status into an open one (or one whose name says
 *       "reopen") <b>reopened</b> first.</li>
 *   <li><b>closed</b> at the record's closing time when it is closed and no closed status said so.</li>
 *   <li><b>priority</b> and <b>assigned</b> (board, queue or team, with the tier its name states) the
 *       same way as statuses; <b>details</b> at opening, and again when a later version changes them.</li>
 *   <li><b>claim</b> for each PSA SLA field of the first version, and again whenever a later version (or
 *       a history entry) gives it another value.</li>
 *   <li><b>reply</b>, private <b>comment</b> or requester <b>comment</b> for each note, once per note id.</li>
 * </ul>
 * Events come in time order, ties in the order above.
 *
 * <p>Stateless and thread-safe.
 */
public final class PsaTimeline {

    private PsaTimeline() {
    }

    /** The case's events and the values the contract does not map. */
    public static CaseEvents build(CaseId caseId, ImportContext context, SourceKind kind, List<TicketState> states,
            List<FieldChange> changes, List<NoteEntry> notes) {
        List<TicketState> versions = states.stream().sorted(Comparator.comparing(TicketState::asOf)).toList();
        List<FieldChange> history = changes.stream().sorted(Comparator.comparing(FieldChange::at)).toList();
        Optional<Instant> opened = versions.stream().flatMap(s -> s.opened().stream()).min(Comparator.naturalOrder())
                .or(() -> of(history, FieldChange.Kind.CREATED).stream().map(FieldChange::at).findFirst());
        Optional<Instant> anchor = opened.or(() -> Stream.of(versions.stream().map(TicketState::asOf),
                history.stream().map(FieldChange::at), notes.stream().map(NoteEntry::at)).flatMap(s -> s)
                .min(Comparator.naturalOrder()));
        if (anchor.isEmpty()) {
            return new CaseEvents(List.of(), List.of());
        }
        LocalDate date = LocalDate.ofInstant(anchor.get(), ZoneOffset.UTC);
        SourceMaps counting = SourceMaps.of(context, date, kind);
        SourceMaps lookup = SourceMaps.of(context, date, kind);
        EventSink sink = new EventSink(caseId, context.side());
        Optional<TicketState> first = versions.stream().findFirst();
        Instant start = opened.orElse(anchor.get());
        Instant startSeen = first.map(TicketState::seenAt).or(() -> history.stream().findFirst().map(FieldChange::seenAt))
                .orElse(context.receivedAt());
        String startId = first.map(TicketState::sourceId).or(() -> history.stream().findFirst().map(FieldChange::sourceId))
                .orElse(caseId.value());

        List<FieldChange> statusHistory = of(history, FieldChange.Kind.STATUS);
        Optional<String> initialStatus = statusHistory.isEmpty()
                ? first.filter(s -> s.status().isPresent() && (opened.isPresent() && !s.asOf().isAfter(opened.get())
                        || lookup.statusClass(s.status().get()).equals(Optional.of(StatusClass.NEW))))
                        .flatMap(TicketState::status)
                : initialOf(statusHistory.get(0), opened);
        List<FieldChange> priorityHistory = of(history, FieldChange.Kind.PRIORITY);
        Optional<Priority> initialPriority = priorityHistory.isEmpty()
                ? first.flatMap(s -> priorityOf(s, counting))
                : initialOf(priorityHistory.get(0), opened).flatMap(counting::priority);
        if (opened.isPresent()) {
            sink.add(opened.get(), startSeen, startId, meta -> new TicketOpened(meta, initialPriority, initialStatus,
                    initialStatus.flatMap(counting::statusClass)));
        }
        details(versions, start, sink);
        List<FieldChange> groupHistory = of(history, FieldChange.Kind.GROUP);
        Optional<String> initialGroup = groupHistory.isEmpty() ? first.flatMap(TicketState::group)
                : initialOf(groupHistory.get(0), opened);
        initialGroup.ifPresent(group -> sink.add(start, startSeen, startId, meta -> new Assigned(meta, group, Tiers.of(group))));

        statuses(versions, statusHistory, initialStatus, counting, lookup, sink);
        priorities(versions, priorityHistory, initialPriority, counting, sink);
        groups(versions, groupHistory, initialGroup, sink);
        claims(versions, of(history, FieldChange.Kind.CLAIM), sink);
        notes(notes, sink);
        return new CaseEvents(sink.events(), counting.unmapped());
    }

    /** The value before the first change: its old value, else (a change at the opening that gives no old value) its new one. */
    private static Optional<String> initialOf(FieldChange first, Optional<Instant> opened) {
        return first.from().or(() -> opened.filter(at -> !first.at().isAfter(at)).flatMap(at -> first.to()));
    }

    private static List<FieldChange> of(List<FieldChange> history, FieldChange.Kind kind) {
        return history.stream().filter(c -> c.kind() == kind).toList();
    }

    private static Optional<Priority> priorityOf(TicketState state, SourceMaps maps) {
        if (state.impact().isPresent() && state.urgency().isPresent()) {
            // without a priority of its own, the pair is the value a map by value would have to name
            return maps.priority(state.impact().get(), state.urgency().get(),
                    state.priority().orElse(state.impact().get() + " \u00d7 " + state.urgency().get()));
        }
        return state.priority().flatMap(maps::priority);
    }

    private static void details(List<TicketState> versions, Instant start, EventSink sink) {
        TicketDetails last = TicketDetails.none();
        for (TicketState version : versions) {
            if (!version.details().equals(last) && !version.details().equals(TicketDetails.none())) {
                Instant at = last.equals(TicketDetails.none()) ? start : version.asOf();
                TicketDetails details = version.details();
                sink.add(at, version.seenAt(), version.sourceId(), meta -> new DetailsRecorded(meta, details));
                last = details;
            }
        }
    }

    /** A point in time where a value is known: from a history entry, or from a version of the record. */
    private record Point(Instant at, Instant seenAt, String sourceId, String value, Optional<TicketState> version) {
    }

    private static List<Point> points(List<FieldChange> history, List<TicketState> versions,
            java.util.function.Function<TicketState, Optional<String>> value,
            java.util.function.Function<TicketState, Instant> time) {
        List<Point> points = new ArrayList<>();
        for (FieldChange change : history) {
            change.to().ifPresent(to -> points.add(new Point(change.at(), change.seenAt(), change.sourceId(), to, Optional.empty())));
        }
        Optional<Instant> lastChange = history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).at());
        for (TicketState version : versions) {
            Optional<String> known = value.apply(version);
            // the history is exact; a record version only adds what happened after its last entry
            if (known.isPresent() && (lastChange.isEmpty() || version.asOf().isAfter(lastChange.get()))) {
                Instant at = time.apply(version);
                points.add(new Point(lastChange.isPresent() && !at.isAfter(lastChange.get()) ? version.asOf() : at,
                        version.seenAt(), version.sourceId(), known.get(), Optional.of(version)));
            }
        }
        points.sort(Comparator.comparing(Point::at));
        return points;
    }

    private static boolean same(Optional<String> current, String value) {
        return current.isPresent() && current.get().strip().equalsIgnoreCase(value.strip());
    }

    private static void statuses(List<TicketState> versions, List<FieldChange> history, Optional<String> initial,
            SourceMaps counting, SourceMaps lookup, EventSink sink) {
        List<Point> points = points(history, versions, TicketState::status, version -> {
            boolean done = version.status().flatMap(lookup::statusClass)
                    .map(c -> c == StatusClass.RESOLVED || c == StatusClass.CLOSED || c == StatusClass.CANCELLED).orElse(false);
            return done && version.closedAt().isPresent() && !version.closedAt().get().isAfter(version.asOf())
                    ? version.closedAt().get() : version.asOf();
        });
        Optional<String> current = initial;
        Optional<StatusClass> currentClass = initial.flatMap(lookup::statusClass);
        Optional<Instant> reopenedAt = Optional.empty();
        boolean closed = false;
        for (Point point : points) {
            if (same(current, point.value())) {
                continue;
            }
            Optional<StatusClass> statusClass = counting.statusClass(point.value());
            boolean wasDone = currentClass.map(c -> c == StatusClass.RESOLVED || c == StatusClass.CLOSED).orElse(false);
            boolean opens = statusClass.map(c -> c != StatusClass.RESOLVED && c != StatusClass.CLOSED && c != StatusClass.CANCELLED)
                    .orElse(point.value().toLowerCase(Locale.ROOT).replace("-", "").contains("reopen"));
            if (wasDone && opens) {
                sink.add(point.at(), point.seenAt(), point.sourceId(), Reopened::new);
                reopenedAt = Optional.of(point.at());
                closed = false;
            }
            String status = point.value();
            sink.add(point.at(), point.seenAt(), point.sourceId(), meta -> new StatusChanged(meta, status, statusClass));
            if (statusClass.equals(Optional.of(StatusClass.RESOLVED)) && !currentClass.equals(statusClass)) {
                sink.add(point.at(), point.seenAt(), point.sourceId(), Resolved::new);
            }
            if (statusClass.equals(Optional.of(StatusClass.CLOSED)) && !currentClass.equals(statusClass)) {
                sink.add(point.at(), point.seenAt(), point.sourceId(), Closed::new);
                closed = true;
            }
            current = Optional.of(status);
            currentClass = statusClass;
        }
        if (!versions.isEmpty() && !closed) {
            TicketState last = versions.get(versions.size() - 1);
            Optional<Instant> since = reopenedAt;
            last.closedAt().filter(at -> since.isEmpty() || !at.isBefore(since.get()))
                    .ifPresent(at -> sink.add(at, last.seenAt(), last.sourceId(), Closed::new));
        }
    }

    private static void priorities(List<TicketState> versions, List<FieldChange> history, Optional<Priority> initial,
            SourceMaps counting, EventSink sink) {
        // a record is compared by its priority's text, as the history writes it; by impact and urgency without one
        List<Point> points = points(history, versions, version -> version.priority().or(() -> version.impact()
                .map(impact -> impact + " \u00d7 " + version.urgency().orElse(""))), TicketState::asOf);
        Optional<String> currentKey = Optional.empty();
        Optional<Priority> current = initial;
        for (Point point : points) {
            if (same(currentKey, point.value())) {
                continue;
            }
            currentKey = Optional.of(point.value());
            Optional<Priority> priority = point.version().isPresent()
                    ? priorityOf(point.version().get(), counting) : counting.priority(point.value());
            if (priority.isPresent() && !priority.equals(current)) {
                Priority changed = priority.get();
                sink.add(point.at(), point.seenAt(), point.sourceId(), meta -> new PriorityChanged(meta, changed));
                current = priority;
            }
        }
    }

    private static void groups(List<TicketState> versions, List<FieldChange> history, Optional<String> initial, EventSink sink) {
        Optional<String> current = initial;
        for (Point point : points(history, versions, TicketState::group, TicketState::asOf)) {
            if (!same(current, point.value())) {
                String group = point.value();
                sink.add(point.at(), point.seenAt(), point.sourceId(), meta -> new Assigned(meta, group, Tiers.of(group)));
                current = Optional.of(group);
            }
        }
    }

    private static void claims(List<TicketState> versions, List<FieldChange> history, EventSink sink) {
        Map<String, String> last = new HashMap<>();
        for (TicketState version : versions) {
            for (TicketState.Claim claim : version.claims()) {
                if (!claim.value().equals(last.put(claim.field(), claim.value()))) {
                    sink.add(version.asOf(), version.seenAt(), version.sourceId(),
                            meta -> new SlaClaimed(meta, claim.field(), claim.value()));
                }
            }
        }
        for (FieldChange change : history) {
            String value = change.to().orElse("");
            sink.add(change.at(), change.seenAt(), change.sourceId(), meta -> new SlaClaimed(meta, change.field(), value));
        }
    }

    private static void notes(List<NoteEntry> notes, EventSink sink) {
        Map<String, NoteEntry> latest = new LinkedHashMap<>();
        for (NoteEntry note : notes) {
            latest.put(note.sourceId(), note);
        }
        for (NoteEntry note : latest.values()) {
            sink.add(note.at(), note.seenAt(), note.sourceId(), switch (note.kind()) {
                case PUBLIC_REPLY -> PublicReply::new;
                case PRIVATE_NOTE -> CommentAdded::privateNote;
                case REQUESTER -> CommentAdded::fromRequester;
            });
        }
    }
}
