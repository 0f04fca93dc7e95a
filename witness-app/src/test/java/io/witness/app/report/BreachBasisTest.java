package io.witness.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.contract.ClauseRef;
import io.witness.core.contract.Money;
import io.witness.core.credit.CreditStatement;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BreachBasisTest {

    private static CreditStatement.BreachLine line(int cases) {
        List<String> ids = IntStream.rangeClosed(1, cases).mapToObj(i -> "INC" + i).toList();
        return new CreditStatement.BreachLine(new ClauseRef("6.3"), "resolution", ids, Money.of("10.00", "USD"),
                Money.of(cases * 10 + ".00", "USD"));
    }

    @Test
    void namesEveryCaseOfAShortLine() {
        assertThat(AuditTables.breachBasis(line(2))).isEqualTo("2 × 10.00 USD (INC1, INC2)");
    }

    @Test
    void namesTheFirstTwentyCasesOfALongLineAndSaysHowManyMoreTheCreditCasesTableHolds() {
        assertThat(AuditTables.breachBasis(line(25))).isEqualTo("25 × 10.00 USD (INC1, INC2, INC3, INC4, INC5, INC6, INC7, INC8, INC9,"
                + " INC10, INC11, INC12, INC13, INC14, INC15, INC16, INC17, INC18, INC19, INC20, and 5 more in credit-cases)");
    }
}
