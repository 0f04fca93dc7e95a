package io.witness.bench.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The people of the demo client and the kinds of incident they log, drawn from a seeded random source. */
final class Catalogue {

    /** A kind of incident: its category, subcategory, title and configuration item. */
    record Problem(String category, String subcategory, String title, String ci) {
    }

    static final List<String> SITES = List.of("Head office", "Practice 1", "Practice 2", "Practice 3", "Practice 4", "Practice 5",
            "Practice 6");
    private static final String[] FIRST = {"Maria", "James", "Aisha", "Daniel", "Priya", "Kevin", "Sofia", "Marcus", "Hannah", "Luis",
        "Grace", "Omar", "Emily", "Tomas", "Nadia", "Ryan", "Chloe", "Andre", "Julia", "Samuel", "Leah", "Victor", "Rosa", "Ethan",
        "Mei", "Caleb", "Fatima", "Noah", "Irene", "Jamal"};
    private static final String[] LAST = {"Chen", "Okafor", "Rivera", "Kowalski", "Patel", "Nguyen", "Schmidt", "Brooks", "Haddad",
        "Moreno", "Fischer", "Sato", "Bennett", "Alvarez", "Murphy"};

    private static final List<Problem> PROBLEMS = List.of(
            new Problem("Dentrix", "Performance", "Dentrix slow to open patient charts", "SQL01"),
            new Problem("Dentrix", "Login", "Cannot log in to Dentrix", "APP01"),
            new Problem("Dentrix", "Printing", "Dentrix day sheet will not print", "APP01"),
            new Problem("Imaging", "Sensor", "Dexis sensor not detected", "IMG01"),
            new Problem("Imaging", "Viewer", "X-ray images not showing in the chart", "IMG01"),
            new Problem("Email", "Outlook", "Outlook not syncing", "m365"),
            new Problem("Email", "Mailbox", "Shared mailbox missing in Outlook", "m365"),
            new Problem("Email", "Spam", "Suspicious email received", "m365"),
            new Problem("Accounts", "Password", "Password reset", "m365"),
            new Problem("Accounts", "New user", "New hire account and workstation", "m365"),
            new Problem("Hardware", "Printer", "Front desk printer jams", ""),
            new Problem("Hardware", "Workstation", "Workstation will not boot", ""),
            new Problem("Hardware", "Monitor", "Second monitor not detected", ""),
            new Problem("Hardware", "Scanner", "Insurance card scanner not working", ""),
            new Problem("Network", "Wi-Fi", "Wi-Fi drops in the operatories", ""),
            new Problem("Network", "Internet", "Internet slow at the practice", ""),
            new Problem("Network", "VPN", "VPN will not connect from home", ""),
            new Problem("Software", "Office", "Excel crashes when opening a file", ""),
            new Problem("Software", "Install", "Install the new lab portal software", ""),
            new Problem("Security", "EDR", "Antivirus alert on a workstation", ""));
    // How often each problem above is logged, in the same order.
    private static final int[] WEIGHTS = {8, 6, 3, 6, 4, 9, 3, 4, 12, 3, 8, 4, 4, 3, 5, 4, 3, 5, 3, 3};

    private final List<String> people = new ArrayList<>();

    Catalogue() {
        for (int i = 0; i < 150; i++) {
            people.add(FIRST[i % FIRST.length] + " " + LAST[(i * 7 + i / FIRST.length) % LAST.length]);
        }
    }

    String person(Random random) {
        return people.get(random.nextInt(people.size()));
    }

    String site(String person) {
        return SITES.get(Math.floorMod(person.hashCode(), SITES.size()));
    }

    Problem problem(Random random) {
        int total = 0;
        for (int w : WEIGHTS) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < WEIGHTS.length; i++) {
            pick -= WEIGHTS[i];
            if (pick < 0) {
                return PROBLEMS.get(i);
            }
        }
        throw new IllegalStateException("weights exhausted");
    }

    /** The workstation a person's hardware incident names: the site's code and a desk number. */
    static String workstation(String site, int desk) {
        String code = site.equals("Head office") ? "HQ" : "PR" + site.substring(site.length() - 1);
        return String.format("WS-%s-%02d", code, desk);
    }
}
