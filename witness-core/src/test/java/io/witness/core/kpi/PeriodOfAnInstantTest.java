package io.witness.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ReportingPeriods.indexOf finds an instant's period through a table by day: the period whose bounds hold it. */
class PeriodOfAnInstantTest {

    @Test
    void theTableFindsThePeriodWhoseBoundsHoldTheInstant() {
        Random random = new Random(7);
        for (String zone : new String[] {"UTC", "America/New_York", "Australia/Lord_Howe", "Pacific/Apia", "Asia/Kathmandu"}) {
            for (String text : new String[] {"2026-01..2026-12", "2011-Q1..2013-Q4", "2026-03", "2019-11..2021-02"}) {
                ReportingPeriods periods = ReportingPeriods.parse(text, ZoneId.of(zone));
                long first = periods.startMillis(0);
                long end = periods.endMillis(periods.size() - 1);
                for (int i = 0; i < 20_000; i++) {
                    long instant = first - 3 * 86_400_000L + (long) (random.nextDouble() * (end - first + 6 * 86_400_000L));
                    if (i % 4 == 0) {
                        // On and beside a bound.
                        instant = periods.startMillis(random.nextInt(periods.size())) + random.nextInt(3) - 1;
                    }
                    assertThat(periods.indexOf(instant)).as("%s %s at %d", zone, text, instant)
                            .isEqualTo(byBounds(periods, instant));
                }
            }
        }
    }

    private static int byBounds(ReportingPeriods periods, long instant) {
        for (int p = 0; p < periods.size(); p++) {
            if (instant >= periods.startMillis(p) && instant < periods.endMillis(p)) {
                return p;
            }
        }
        return -1;
    }
}
