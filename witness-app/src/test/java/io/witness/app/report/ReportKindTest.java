package io.witness.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ReportKindTest {

    @Test
    void aListNamesItsKindsInTheReportsOrderWhateverItsOwn() {
        assertThat(ReportKind.parse("claim, monthly,audit")).containsExactly(ReportKind.AUDIT, ReportKind.MONTHLY, ReportKind.CLAIM);
        assertThat(ReportKind.parse("audit,monthly,qbr,renewal,claim")).isEqualTo(EnumSet.allOf(ReportKind.class));
    }

    @Test
    void everyWordThatIsNoKindIsNamed() {
        assertThatThrownBy(() -> ReportKind.parse("audit,Weekly,,qbrs")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected some of audit, monthly, qbr, renewal, claim separated by commas, found 'Weekly', '', 'qbrs'");
    }
}
