package io.witness.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.witness.core.clock.ClockDefinition;
import io.witness.core.clock.Condition;
import io.witness.core.clock.Metric;
import io.witness.core.clock.PriorityChangePolicy;
import io.witness.core.clock.Recurrence;
import io.witness.core.clock.ReopenPolicy;
import io.witness.core.clock.SideChoice;
import io.witness.core.clock.Target;
import io.witness.core.clock.WarningThreshold;
import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import io.witness.core.event.StatusClass;
import io.witness.core.input.InputProblem;
import io.witness.core.input.InputRejected;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContractYamlTest {

    @Test
    void readsAClockWithEveryField() {
        Contract contract = ContractYaml.parse("""
                calendars:
                  business: { zone: America/New_York, week: { weekdays: ["09:00-17:00"] } }
                  always: { always: true }
                status_classes:
                  provider: { "Waiting Client Response": waiting_customer }
                clocks:
                  engaged:
                    metric: plan
                    section: "4.7"
                    calendar: { P1: always, default: business }
                    targets: { P1: PT1H, P4: { business_days: 2, at: "12:00" }, default: PT8H }
                    warning: PT15M
                    start: { status: in_progress }
                    pause: [ { status: waiting_customer }, { on: comment, author: requester } ]
                    resume: { on: reply }
                    stop: { on: plan }
                    cancel: never
                    reset: { on: priority, priority: [P1] }
                    retroactive: true
                    recurrence: every_start
                    on_priority_change: restart
                    on_reopen: new_clock
                    timestamps: { start: client, stop: either, status: provider }
                """, "c.yaml");

        ClockDefinition clock = contract.clocks().get(0);
        assertThat(clock.name()).isEqualTo("engaged");
        assertThat(clock.metric()).isEqualTo(Metric.PLAN);
        assertThat(clock.section()).isEqualTo("4.7");
        assertThat(clock.terms().get(new Priority("P1")).calendarName()).isEqualTo("always");
        assertThat(clock.terms().get(new Priority("P1")).target()).isEqualTo(new Target.Within(Duration.ofHours(1)));
        assertThat(clock.terms().get(new Priority("P4")).target())
                .isEqualTo(new Target.ByTimeOfBusinessDay(2, LocalTime.NOON));
        assertThat(clock.termFor(Optional.of(new Priority("P3")))).get()
                .satisfies(t -> assertThat(t.calendarName()).isEqualTo("business"));
        assertThat(clock.warning()).isEqualTo(new WarningThreshold.BeforeDue(Duration.ofMinutes(15)));
        assertThat(clock.start()).isEqualTo(Condition.inStatus(StatusClass.IN_PROGRESS));
        assertThat(clock.pause()).isInstanceOf(Condition.AnyOf.class);
        assertThat(clock.resume()).isPresent();
        assertThat(clock.cancel()).isEqualTo(Condition.never());
        assertThat(clock.reset()).isInstanceOf(Condition.AllOf.class);
        assertThat(clock.retroactive()).isTrue();
        assertThat(clock.recurrence()).isEqualTo(Recurrence.EVERY_START);
        assertThat(clock.onPriorityChange()).isEqualTo(PriorityChangePolicy.RESTART);
        assertThat(clock.onReopen()).isEqualTo(ReopenPolicy.NEW_CLOCK);
        assertThat(clock.timestamps().start()).isEqualTo(SideChoice.CLIENT);
        assertThat(clock.timestamps().stop()).isEqualTo(SideChoice.EITHER);
        assertThat(clock.timestamps().status()).isEqualTo(Side.PROVIDER);
        assertThat(contract.statusClassifier().classify(Side.PROVIDER, "waiting client response"))
                .contains(StatusClass.WAITING_CUSTOMER);
    }

    @Test
    void givesAMetricItsConventionalConditionsWhenOnlyTargetsAreWritten() {
        Contract contract = ContractYaml.parse("""
                calendars: { business: { zone: Europe/Berlin, week: { weekdays: "08:00-17:00" } } }
                clocks: { resolution: { targets: { P2: PT8H } } }
                """, "c.yaml");

        ClockDefinition clock = contract.clocks().get(0);
        assertThat(clock).isEqualTo(ClockDefinition.conventional("resolution", Metric.RESOLUTION,
                clock.terms(), Optional.empty()));
        assertThat(clock.onReopen()).isEqualTo(ReopenPolicy.CONTINUE);
        assertThat(clock.terms().get(new Priority("P2")).calendarName()).isEqualTo("business");
    }

    @Test
    void reportsEveryMistakeWithItsPlaceInTheFile() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/contract/many-mistakes.yaml"));

        InputRejected rejected = catchThrowableOfType(InputRejected.class, () -> ContractYaml.parse(text, "many-mistakes.yaml"));

        assertThat(rejected.problems()).extracting(InputProblem::toString).containsExactly(
                "many-mistakes.yaml:4:32: /status_classes/client/Awaiting Caller: expected a status class: new, in_progress, "
                        + "waiting_customer, waiting_third_party, resolved, closed, cancelled; found 'waiting_cust'",
                "many-mistakes.yaml:5:11: /status_classes/vendor: unknown key 'vendor'; expected one of client, provider",
                "many-mistakes.yaml:8:15: /clocks/response/calendar: no calendar named 'bizness'; the contract's calendars are: business",
                "many-mistakes.yaml:9:20: /clocks/response/targets/P1: expected an ISO-8601 duration (PT30M) or a duration "
                        + "such as 30m, 4h, 1h30m or 2 business days; found '30 minuets'",
                "many-mistakes.yaml:9:46: /clocks/response/targets/P3: expected a relative target { business_days: N, at: \"HH:MM\" }",
                "many-mistakes.yaml:10:25: /clocks/response/stop/on/1: expected one of opened, status, priority, assigned, reply, "
                        + "plan, resolved, reopened, closed, comment, details, claim; found 'answered'",
                "many-mistakes.yaml:11:12: /clocks/response/pause: expected at least one of on, author, status, priority",
                "many-mistakes.yaml:11:21: /clocks/response/pause/state: unknown key 'state'; expected one of on, author, status, priority",
                "many-mistakes.yaml:12:16: /clocks/response/on_reopen: expected one of ignore, continue, new_clock; found 'restart'",
                "many-mistakes.yaml:13:14: /clocks/response/warning: expected a share of the target between 1% and 99%, found '120%'",
                "many-mistakes.yaml:15:5: /clocks/uptime: clock 'uptime' needs a metric: one of response, plan, resolution, "
                        + "next_reply, update (or a clock name that is one)",
                "many-mistakes.yaml:17:5: /clocks/resolution: clock 'resolution' needs targets: a target per priority, "
                        + "such as { P1: PT30M, P2: PT4H }");
    }

    @Test
    void refusesAKeyWrittenTwiceAndAKeyThatIsNotText() {
        // The schema cannot see either: a YAML loader refuses both before a schema validator gets the tree.
        InputRejected rejected = catchThrowableOfType(InputRejected.class, () -> ContractYaml.parse("""
                calendars: { always: { always: true } }
                clocks:
                  response: { targets: { P1: 1h } }
                  response: { targets: { P1: 2h } }
                  ? [resolution, update]
                  : { targets: { P1: 4h } }
                """, "c.yaml"));

        assertThat(rejected.problems()).extracting(InputProblem::toString).containsExactly(
                "c.yaml:4:3: /clocks: key 'response' appears twice",
                "c.yaml:5:5: /clocks: expected a plain key, found a list");
    }

    @Test
    void refusesAContractWithoutClocks() {
        InputRejected rejected = catchThrowableOfType(InputRejected.class,
                () -> ContractYaml.parse("calendars: { always: { always: true } }\n", "c.yaml"));

        assertThat(rejected.problems()).extracting(InputProblem::toString).containsExactly(
                "c.yaml:1:1: a contract needs clocks: at least one of response, plan, resolution, next_reply, update");
    }

    @Test
    void refusesAPriorityWithoutACalendarWhenSeveralExist() {
        InputRejected rejected = catchThrowableOfType(InputRejected.class, () -> ContractYaml.parse("""
                calendars: { a: { always: true }, b: { always: true } }
                clocks: { response: { targets: { P1: PT1H } } }
                """, "c.yaml"));

        assertThat(rejected.problems()).extracting(InputProblem::toString).containsExactly(
                "c.yaml:2:38: /clocks/response/targets/P1: no calendar for priority P1: give the clock a calendar, "
                        + "or a calendar for P1 or default");
    }
}
