package io.witness.app.demo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.app.CliRun;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void showsTheThreeTimelinesAndExplainsTheDisagreements() {
        CliRun run = CliRun.of("demo");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("INC0010001  response    P1  breached 47m / 30m          met 19m / 30m               breached 45m / 30m")
                .contains("INC0010003  resolution  P3  breached 27h 5m / 24h       met 12h 50m / 24h           breached 27h / 24h")
                .contains("  Wed Mar 4 11:00 - Thu Mar 5 15:00  paused     14h  paused: status (provider), now 'Waiting Client Response' (waiting_customer)")
                .contains("  breached at Fri Mar 6 13:00; counted 27h, 3h over")
                .contains("  provider  13 of 15 (87%)");
    }
}
