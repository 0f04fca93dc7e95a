package io.witness.bench;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;

/**
 * The contract the benchmark measures against: three calendars (around the clock in UTC; New York
 * business hours with the US federal holidays; two intervals a day in Berlin), four clocks with
 * calendars and targets per priority.
 */
final class BenchContract {

    /** P1 runs around the clock, P2 and P4 on New York hours, P3 on Berlin hours. */
    static final String YAML = """
            calendars:
              always: { always: true }
              ny:
                zone: America/New_York
                week: { weekdays: "08:00-18:00" }
                holidays:
                  - { every_year: 01-01, observed: true }     # New Year's Day
                  - { nth: 3, weekday: mon, month: 1 }        # Martin Luther King Jr. Day
                  - { nth: 3, weekday: mon, month: 2 }        # Washington's Birthday
                  - { nth: -1, weekday: mon, month: 5 }       # Memorial Day
                  - { every_year: 06-19, observed: true }     # Juneteenth
                  - { every_year: 07-04, observed: true }     # Independence Day
                  - { nth: 1, weekday: mon, month: 9 }        # Labor Day
                  - { nth: 2, weekday: mon, month: 10 }       # Columbus Day
                  - { every_year: 11-11, observed: true }     # Veterans Day
                  - { nth: 4, weekday: thu, month: 11 }       # Thanksgiving Day
                  - { every_year: 12-25, observed: true }     # Christmas Day
              berlin:
                zone: Europe/Berlin
                week: { weekdays: ["08:00-12:00", "13:00-17:00"] }
            status_classes:
              client: { "Awaiting Caller": waiting_customer, "Work in Progress": in_progress }
              provider: { "Waiting Client Response": waiting_customer, "In Progress": in_progress }
            clocks:
              response:
                section: "4.2"
                calendar: { P1: always, P2: ny, P3: berlin, P4: ny }
                targets: { P1: PT30M, P2: PT1H, P3: PT4H, P4: { business_days: 1, at: "12:00" } }
              resolution:
                section: "4.3"
                calendar: { P1: always, P2: ny, P3: berlin, P4: ny }
                targets: { P1: PT4H, P2: PT8H, P3: PT24H, P4: PT40H }
                warning: 75%
                on_priority_change: retarget
              next_reply:
                section: "4.4"
                calendar: { P1: always, P2: ny, P3: berlin, P4: ny }
                targets: { P1: PT1H, P2: PT2H, P3: PT4H, P4: PT8H }
              update:
                section: "4.5"
                calendar: { P1: always, P2: ny }
                targets: { P1: PT1H, P2: PT4H }
            """;

    private BenchContract() {
    }

    /** The contract, parsed afresh. */
    static Contract parse() {
        return ContractYaml.parse(YAML, "bench-contract");
    }
}
