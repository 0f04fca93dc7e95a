package io.witness.core.kpi;

import static io.witness.core.event.Side.CLIENT;
import static io.witness.core.event.Side.PROVIDER;

import io.witness.core.event.Origin;
import io.witness.core.reconcile.Case;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Cases drawn at random over January and February 2026 from a seed, for the KPI and pattern properties. */
public final class RandomCases {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final String[] CATEGORIES = {"Email", "Network", "Printing", "Access"};
    private static final String[] ITEMS = {"mail-01", "fw-01", "prn-02", null, null};

    private RandomCases() {
    }

    public static List<Case> draw(long seed, int count) {
        Random random = new Random(seed);
        List<Case> cases = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            cases.add(draw(random, "R" + n));
        }
        return cases;
    }

    private static Case draw(Random random, String id) {
        LocalDateTime t = LocalDateTime.of(2026, 1, 1, 0, 0).plusMinutes(random.nextInt(58 * 24 * 60));
        String priority = "P" + (1 + random.nextInt(4));
        Story story = Story.of(id);
        boolean client = random.nextInt(10) > 0;
        boolean provider = !client || random.nextInt(10) > 0;
        Origin origin = random.nextInt(4) == 0 ? Origin.MONITORING : random.nextInt(5) == 0 ? null : Origin.USER;
        if (client) {
            story.opened(CLIENT, WHEN.format(t), priority)
                    .details(CLIENT, WHEN.format(t), CATEGORIES[random.nextInt(CATEGORIES.length)],
                            ITEMS[random.nextInt(ITEMS.length)], origin);
        }
        if (provider) {
            t = t.plusMinutes(random.nextInt(30));
            story.opened(PROVIDER, WHEN.format(t), priority);
            story.assigned(PROVIDER, WHEN.format(t), "Desk", 1);
            for (int step = random.nextInt(8); step > 0; step--) {
                t = t.plusMinutes(1 + random.nextInt(random.nextBoolean() ? 120 : 3 * 24 * 60));
                if (t.getMonthValue() > 3) {
                    break;
                }
                String when = WHEN.format(t);
                switch (random.nextInt(6)) {
                    case 0 -> story.reply(PROVIDER, when);
                    case 1 -> story.assigned(PROVIDER, when, random.nextBoolean() ? "Network" : "Servers", 1 + random.nextInt(3));
                    case 2 -> story.resolved(PROVIDER, when);
                    case 3 -> story.reopened(random.nextBoolean() ? CLIENT : PROVIDER, when);
                    case 4 -> story.status(PROVIDER, when, random.nextBoolean() ? "Waiting Client Response" : "In Progress");
                    default -> story.priority(PROVIDER, when, "P" + (1 + random.nextInt(4)));
                }
            }
        }
        return story.kase();
    }

    /** After every drawn event: 1 April 2026. */
    public static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
}
