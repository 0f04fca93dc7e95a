package io.witness.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArithmeticStepTest {

    @Test
    void aStepListingTensOfThousandsOfCasesShowsTheFirstTwentyAndCountsTheRest() {
        List<String> cases = new ArrayList<>();
        for (int i = 1; i <= 50_000; i++) {
            cases.add("INC" + i);
        }
        String step = "Section 6.3: per breach of the resolution clock for P1: 50000 breaches (" + String.join(", ", cases)
                + ") × 100.00 USD = 123,400.00 USD";

        assertThat(ArithmeticStep.shown(step)).isEqualTo("Section 6.3: per breach of the resolution clock for P1: 50000 breaches ("
                + String.join(", ", cases.subList(0, 20)) + " … and 49,980 more) × 100.00 USD = 123,400.00 USD");
    }

    @Test
    void aStepOfTwentyCasesOrFewerIsShownAsItIs() {
        List<String> cases = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            cases.add("INC00100" + i);
        }
        String step = "Section 6.3: 20 breaches (" + String.join(", ", cases) + ") at 25.00 USD each, capped (10% of the fee)";

        assertThat(ArithmeticStep.shown(step)).isEqualTo(step);
    }
}
