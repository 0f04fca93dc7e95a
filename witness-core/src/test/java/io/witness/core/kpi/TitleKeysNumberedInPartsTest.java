package io.witness.core.kpi;

import static io.witness.core.event.Side.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.witness.core.event.Side;
import io.witness.core.event.TicketDetails;
import io.witness.core.reconcile.Case;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each profile's title key, numbered while the profiles are grouped, is the same however many parts group them. */
class TitleKeysNumberedInPartsTest {

    private static final KpiOptions OPTIONS = Scenarios.options("2026-01..2026-03", Instant.parse("2026-05-01T12:00:00Z"));
    private static final String[] TITLES = {"Printer on floor 3 jammed", "VPN down", "printer on FLOOR 7 jammed!", "",
        "vpn   DOWN", "Outlook can't send", "Disk 2 full"};

    @Test
    void groupingInPartsKeepsEachProfilesTitleKey() {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            String title = TITLES[i % TITLES.length];
            TicketDetails details = new TicketDetails(title.isEmpty() ? Optional.empty() : Optional.of(title),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of());
            String day = String.format("01-%02d 10:00", i + 1);
            cases.add(Story.of("T" + (i + 1)).opened(CLIENT, day, "P3").details(CLIENT, day, details).kase());
        }
        List<CaseProfile> profiles = Scenarios.profiles(cases, OPTIONS);
        List<String> whole = titleKeys(ProfileGroups.of(profiles, OPTIONS.priorities(), OPTIONS.timelines(), 1));
        assertThat(whole).contains("printer on floor # jammed", "vpn down", "(none)");
        for (int parts = 2; parts <= 5; parts++) {
            assertThat(titleKeys(ProfileGroups.of(profiles, OPTIONS.priorities(), OPTIONS.timelines(), parts)))
                    .as("%d parts", parts).isEqualTo(whole);
        }
    }

    private static List<String> titleKeys(ProfileGroups groups) {
        List<String> keys = new ArrayList<>();
        for (Side timeline : Side.values()) {
            for (ProfileGroups.Group group : groups.groups(timeline)) {
                for (int i = 0; i < group.byOpening().size(); i++) {
                    int title = group.title(i);
                    keys.add(title == Values.NONE ? "(none)" : group.titles().name(title));
                }
            }
        }
        return keys;
    }
}
