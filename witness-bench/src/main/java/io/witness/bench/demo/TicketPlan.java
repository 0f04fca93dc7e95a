package io.witness.bench.demo;

import io.witness.bench.demo.PlannedTicket.Pause;
import io.witness.bench.demo.PlannedTicket.Recorded;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The demo year's incidents, November 2025 to October 2026: about seven a business day (one a person a
 * month), most in the morning and early afternoon, 1 % P1, 9 % P2; every P1 and P2 answered and resolved in
 * time except where a gap is planted, a few P3/P4 late at random, a fifth of them waiting on the caller a
 * while. The planted gaps are the tickets {@link #plants} adds; {@code plant} names each.
 */
final class TicketPlan {

    static final LocalDate FIRST = LocalDate.of(2025, 11, 1);
    static final LocalDate LAST = LocalDate.of(2026, 10, 31);
    static final YearMonth CREDIT_MONTH = YearMonth.of(2026, 2);
    private static final int[] HOUR_WEIGHTS = {5, 12, 14, 12, 7, 10, 12, 11, 9, 6}; // 08:00 to 17:00

    private final Random random;
    private final Catalogue catalogue = new Catalogue();
    private int lateResponses;
    private int lateResolutions;

    TicketPlan(long seed) {
        this.random = new Random(seed);
    }

    List<PlannedTicket> build() {
        List<PlannedTicket> drafts = new ArrayList<>();
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            boolean business = OfficeHours.isBusinessDay(day);
            int count = business ? 4 + random.nextInt(7) : random.nextInt(4) == 0 ? 1 : 0;
            List<LocalDateTime> openings = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                openings.add(LocalDateTime.of(day, openingTime(business)));
            }
            openings.sort(Comparator.naturalOrder());
            for (LocalDateTime opening : openings) {
                drafts.add(ordinary(opening));
            }
        }
        drafts.addAll(plants());
        drafts.sort(Comparator.comparing(PlannedTicket::opened).thenComparing(PlannedTicket::title));
        return numbered(drafts);
    }

    private LocalTime openingTime(boolean business) {
        if (!business) {
            return LocalTime.of(9 + random.nextInt(8), random.nextInt(60));
        }
        if (random.nextInt(100) < 3) {
            return LocalTime.of(18 + random.nextInt(4), random.nextInt(60));
        }
        int pick = random.nextInt(98);
        int hour = 0;
        while (pick >= HOUR_WEIGHTS[hour]) {
            pick -= HOUR_WEIGHTS[hour];
            hour++;
        }
        return LocalTime.of(8 + hour, random.nextInt(60));
    }

    private PlannedTicket ordinary(LocalDateTime opening) {
        Instant opened = opening.atZone(OfficeHours.ZONE).toInstant();
        boolean inHours = OfficeHours.isBusinessDay(opening.toLocalDate()) && opening.getHour() >= 8 && opening.getHour() < 17;
        int roll = random.nextInt(100);
        String priority = roll < 1 && inHours ? "P1" : roll < 10 ? "P2" : roll < 62 ? "P3" : "P4";
        String person = catalogue.person(random);
        Catalogue.Problem problem = catalogue.problem(random);
        String ci = problem.ci().isEmpty() ? Catalogue.workstation(catalogue.site(person), 1 + random.nextInt(12)) : problem.ci();
        String channel = List.of("Phone", "Email", "Self-service").get(random.nextInt(3));
        long response;
        long resolution;
        String plant = "";
        switch (priority) {
            case "P1":
                response = 5 + random.nextInt(21);
                resolution = 60 + random.nextInt(141);
                break;
            case "P2":
                response = 10 + random.nextInt(41);
                resolution = 90 + random.nextInt(331);
                if (YearMonth.from(opening).equals(CREDIT_MONTH) && inHours && lateResponses < 5) {
                    lateResponses++;
                    response = 70 + random.nextInt(71);
                    plant = "credit-month-late-response";
                } else if (YearMonth.from(opening).equals(CREDIT_MONTH) && inHours && lateResolutions < 2) {
                    lateResolutions++;
                    resolution = 560 + random.nextInt(241);
                    plant = "credit-month-late-resolution";
                }
                break;
            case "P3":
                response = random.nextInt(100) < 2 ? 260 + random.nextInt(141) : 15 + random.nextInt(186);
                resolution = random.nextInt(100) < 4 ? 1500 + random.nextInt(601) : 120 + random.nextInt(1181);
                break;
            default:
                response = 20 + random.nextInt(161);
                resolution = random.nextInt(100) < 3 ? 2500 + random.nextInt(501) : 180 + random.nextInt(2021);
                break;
        }
        resolution = Math.max(resolution, response + 30);
        boolean pauses = !priority.equals("P1") && random.nextInt(100) < (priority.equals("P2") ? 10 : 20);
        return timed(priority, opened, opened, person, problem.title(), problem, ci, channel, response, resolution, pauses,
                Recorded.BOTH, true, plant);
    }

    /** A ticket whose reply, pause and resolution are the given running minutes after its opening. */
    private PlannedTicket timed(String priority, Instant opened, Instant entered, String person, String title, Catalogue.Problem problem,
            String ci, String channel, long response, long resolution, boolean pause, Recorded recorded, boolean referenced,
            String plant) {
        boolean wall = priority.equals("P1");
        Instant start = opened.isBefore(entered) ? opened : entered;
        Instant reply = wall ? start.plusSeconds(response * 60) : OfficeHours.add(start, response);
        List<Pause> pauses = new ArrayList<>();
        Instant resolved;
        if (pause && resolution > response + 80) {
            long before = response + 10 + random.nextInt(50);
            Instant from = OfficeHours.add(start, before);
            Instant to = OfficeHours.add(from, 60 + random.nextInt(841));
            pauses.add(new Pause(from, to));
            resolved = OfficeHours.add(to, resolution - before);
        } else {
            resolved = wall ? start.plusSeconds(resolution * 60) : OfficeHours.add(start, resolution);
        }
        List<Instant> replies = new ArrayList<>();
        replies.add(reply);
        if (wall) {
            // Section 4.4: an update at least every hour until resolved.
            Instant last = reply;
            while (resolved.getEpochSecond() - last.getEpochSecond() > 55 * 60) {
                last = last.plusSeconds((35 + random.nextInt(16)) * 60L);
                if (resolved.getEpochSecond() - last.getEpochSecond() < 5 * 60) {
                    break;
                }
                replies.add(last);
            }
        }
        Instant closed = resolved.plusSeconds(72 * 3600);
        return new PlannedTicket(0, "", "", 0, priority, opened, entered, person, title, problem.category(), problem.subcategory(),
                ci, channel, replies, pauses, resolved, closed, recorded, referenced, Optional.empty(), plant);
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(OfficeHours.ZONE).toInstant();
    }

    private List<PlannedTicket> plants() {
        List<PlannedTicket> plants = new ArrayList<>();
        Catalogue.Problem network = new Catalogue.Problem("Network", "Site down", "Practice 4 network down, cannot see patients", "FW-PR4");
        plants.add(timed("P1", at("2026-08-15T02:10"), at("2026-08-15T02:10"), "Rosa Murphy", network.title(), network, network.ci(),
                "Phone", 47, 200, false, Recorded.BOTH, true, "p1-response-late"));
        Catalogue.Problem dentrix = new Catalogue.Problem("Dentrix", "Outage", "Dentrix database server down, no practice can see patients",
                "SQL01");
        plants.add(timed("P1", at("2026-06-09T09:40"), at("2026-06-09T09:40"), "Maria Chen", dentrix.title(), dentrix, dentrix.ci(),
                "Phone", 12, 315, false, Recorded.BOTH, true, "p1-resolution-late"));
        Catalogue.Problem print = new Catalogue.Problem("Hardware", "Printer", "Front desk cannot print claim forms", "WS-PR2-01");
        Catalogue.Problem vpn = new Catalogue.Problem("Network", "VPN", "Practice 6 VPN tunnel down, no Dentrix", "FW-PR6");
        Catalogue.Problem scan = new Catalogue.Problem("Hardware", "Scanner", "Intraoral scanner will not connect", "WS-PR5-03");
        plants.add(timed("P2", at("2026-04-14T10:05"), at("2026-04-14T10:50"), "Julia Sato", vpn.title(), vpn, vpn.ci(), "Phone", 75,
                240, false, Recorded.BOTH, true, "psa-entered-late"));
        plants.add(timed("P2", at("2026-09-22T14:20"), at("2026-09-22T15:00"), "Omar Haddad", print.title(), print, print.ci(), "Phone",
                70, 300, false, Recorded.BOTH, true, "psa-entered-late"));
        plants.add(timed("P3", at("2026-01-20T09:30"), at("2026-01-20T10:30"), "Leah Brooks", scan.title(), scan, scan.ci(), "Phone",
                120, 600, false, Recorded.BOTH, true, "psa-entered-late"));
        plants.add(timed("P3", at("2026-07-08T13:10"), at("2026-07-08T14:10"), "Ethan Moreno", scan.title(), scan, scan.ci(), "Phone",
                125, 700, false, Recorded.BOTH, true, "psa-entered-late"));
        PlannedTicket backdated = timed("P2", at("2026-10-13T10:30"), at("2026-10-13T10:30"), "Grace Alvarez", print.title(), print,
                "WS-PR1-02", "Email", 100, 300, false, Recorded.BOTH, true, "response-backdated");
        plants.add(new PlannedTicket(0, "", "", 0, backdated.priority(), backdated.opened(), backdated.entered(), backdated.requester(),
                backdated.title(), backdated.category(), backdated.subcategory(), backdated.ci(), backdated.channel(), backdated.replies(),
                backdated.pauses(), backdated.resolved(), backdated.closed(), backdated.recorded(), true,
                Optional.of(OfficeHours.add(backdated.opened(), 35)), backdated.plant()));
        Catalogue.Problem label = new Catalogue.Problem("Hardware", "Printer", "Label printer offline at Practice 5", "WS-PR5-01");
        Instant labelOpened = at("2026-08-18T09:15");
        Instant labelResolved = at("2026-08-21T11:00");
        plants.add(new PlannedTicket(0, "", "", 0, "P3", labelOpened, labelOpened, "Irene Kowalski", label.title(), label.category(),
                label.subcategory(), label.ci(), "Self-service", List.of(), List.of(), labelResolved, labelResolved.plusSeconds(72 * 3600),
                Recorded.CLIENT_ONLY, false, Optional.empty(), "provider-never-recorded"));
        Catalogue.Problem disk = new Catalogue.Problem("Hardware", "Server", "RMM alert: low disk space on FS01", "FS01");
        plants.add(timed("P3", at("2026-03-03T07:40"), at("2026-03-03T07:40"), "", disk.title(), disk, disk.ci(), "Monitoring Alert",
                20, 70, false, Recorded.PROVIDER_ONLY, false, "client-never-recorded"));
        Catalogue.Problem outlook = new Catalogue.Problem("Email", "Outlook", "Outlook keeps asking for password", "m365");
        String[] fuzzy = {"2025-12-03T11:20", "2026-03-18T15:05", "2026-06-24T10:40", "2026-09-29T13:15"};
        String[] fuzzyPeople = {"Chloe Fischer", "Andre Bennett", "Nadia Rivera", "Kevin Patel"};
        for (int i = 0; i < fuzzy.length; i++) {
            plants.add(timed("P3", at(fuzzy[i]), at(fuzzy[i]), fuzzyPeople[i], outlook.title(), outlook, outlook.ci(), "Email", 40, 300,
                    false, Recorded.BOTH, false, "no-reference"));
        }
        Catalogue.Problem slow = new Catalogue.Problem("Dentrix", "Performance", "Dentrix slow to open patient charts", "SQL01");
        String[] slowDays = {"2026-03-09", "2026-03-23", "2026-04-06", "2026-04-20", "2026-05-04", "2026-05-14", "2026-05-28"};
        for (String day : slowDays) {
            plants.add(timed("P3", at(day + "T10:15"), at(day + "T10:15"), "Hannah Nguyen", slow.title() + " at Practice 3", slow,
                    slow.ci(), "Phone", 30, 240, false, Recorded.BOTH, true, "recurring"));
        }
        Catalogue.Problem sensor = new Catalogue.Problem("Imaging", "Sensor", "Dexis sensor not detected in operatory 4", "WS-PR1-04");
        String[] sensorDays = {"2026-07-07", "2026-07-21", "2026-08-04", "2026-08-25", "2026-09-15"};
        for (String day : sensorDays) {
            plants.add(timed("P3", at(day + "T14:30"), at(day + "T14:30"), "Daniel Schmidt", sensor.title(), sensor, sensor.ci(), "Phone",
                    25, 180, false, Recorded.BOTH, true, "recurring"));
        }
        return plants;
    }

    private List<PlannedTicket> numbered(List<PlannedTicket> drafts) {
        List<PlannedTicket> tickets = new ArrayList<>();
        int incident = 31000;
        long psa = 71000;
        int seq = 0;
        for (PlannedTicket d : drafts) {
            seq++;
            String number = d.client() ? String.format("INC%07d", ++incident) : "";
            String sysId = d.client() ? String.format("%016x%016x", random.nextLong(), random.nextLong()) : "";
            long psaId = d.provider() ? ++psa : 0;
            tickets.add(new PlannedTicket(seq, number, sysId, psaId, d.priority(), d.opened(), d.entered(), d.requester(), d.title(),
                    d.category(), d.subcategory(), d.ci(), d.channel(), d.replies(), d.pauses(), d.resolved(), d.closed(), d.recorded(),
                    d.referenced(), d.rewrittenReply(), d.plant()));
        }
        return tickets;
    }
}
