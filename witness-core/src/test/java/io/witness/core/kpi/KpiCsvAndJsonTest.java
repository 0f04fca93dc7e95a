package io.witness.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KpiCsvAndJsonTest {

    private static final ReportingPeriod FEBRUARY = ReportingPeriod.parse("2026-02");
    private static final KpiRow RESPONSE = new KpiRow(Story.NORTHWIND, Side.WITNESS, FEBRUARY, KpiId.MTTR_RESPONSE,
            Optional.empty(), "response", new KpiValue.Times(3, 2_800_000, 1_800_000, 5_400_000),
            Optional.of(new KpiChange(-50.0, KpiChange.Unit.PERCENT, KpiChange.Direction.BETTER)));
    private static final KpiRow ATTAINMENT = new KpiRow(Story.NORTHWIND, Side.CLIENT, FEBRUARY, KpiId.SLA_ATTAINMENT,
            Optional.of(new Priority("P2")), "response", new KpiValue.Rate(2, 3), Optional.empty());
    private static final KpiRow CATEGORY = new KpiRow(Story.NORTHWIND, Side.WITNESS, FEBRUARY, KpiId.VOLUME_BY_CATEGORY,
            Optional.empty(), "Email, \"urgent\"", new KpiValue.Count(4),
            Optional.of(new KpiChange(-2, KpiChange.Unit.COUNT, KpiChange.Direction.DOWN)));

    @Test
    void writesOneCsvLinePerCellUnderTheHeader() {
        KpiTable table = new KpiTable(ReportingPeriods.parse("2026-02", Story.NEW_YORK),
                java.util.List.of(RESPONSE, ATTAINMENT, CATEGORY));
        assertThat(KpiCsv.write(table)).isEqualTo("""
                provider,timeline,period,kpi,priority,dimension,value,unit,count,numerator,denominator,mean_minutes,\
                median_minutes,p90_minutes,change,change_unit,direction
                northwind,witness,2026-02,mttr-response,all,response,30.00,minutes,3,,,46.67,30.00,90.00,-50.0,%,better
                northwind,client,2026-02,sla-attainment,P2,response,0.6667,ratio,3,2,3,,,,,,
                northwind,witness,2026-02,volume-by-category,all,"Email, ""urgent""\",4,cases,4,,,,,,-2,cases,down
                """);
    }

    @Test
    void writesExactFiguresAsJson() {
        assertThat(KpiJson.write(RESPONSE)).isEqualTo("{\"provider\":\"northwind\",\"timeline\":\"witness\",\"period\":"
                + "\"2026-02\",\"kpi\":\"mttr-response\",\"priority\":\"all\",\"dimension\":\"response\",\"value\":{\"kind\":"
                + "\"durations\",\"count\":3,\"meanMillis\":2800000,\"medianMillis\":1800000,\"p90Millis\":5400000,\"text\":"
                + "\"median 30 min, mean 46 min, p90 1 h 30 min (3)\"},\"change\":{\"amount\":-50.0,\"unit\":\"%\","
                + "\"direction\":\"better\"}}");
        assertThat(KpiJson.write(ATTAINMENT)).isEqualTo("{\"provider\":\"northwind\",\"timeline\":\"client\",\"period\":"
                + "\"2026-02\",\"kpi\":\"sla-attainment\",\"priority\":\"P2\",\"dimension\":\"response\",\"value\":{\"kind\":"
                + "\"rate\",\"numerator\":2,\"denominator\":3,\"text\":\"66.7% (2 of 3)\"}}");
    }
}
