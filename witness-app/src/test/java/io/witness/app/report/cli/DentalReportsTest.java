package io.witness.app.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.app.CliRun;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every report kind of examples/dental-150, audited once as of 2 June 2026 (64.0% attainment, 500.00 USD of
 * credits for March's late P1 resolution, 21 findings), read back from its PDF's text, its HTML and its
 * tables' CSV and JSON files.
 */
class DentalReportsTest {

    @TempDir
    static Path dir;

    private static CliRun run;
    private static Path out;

    @BeforeAll
    static void auditTheDentalExampleWithEveryKind() {
        out = dir.resolve("out");
        run = CliRun.of("audit", "--contract", "../examples/dental-150/contract.yaml", "--evidence",
                "../examples/dental-150/evidence", "--now", "2026-06-02T12:00:00-04:00", "--data", dir.resolve("data").toString(),
                "--out", out.toString());
    }

    @Test
    void printsEveryReportWrittenThenTheHeadlines() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  " + out.resolve("audit-report.html") + ", " + out.resolve("audit-report.pdf")
                        + " (12 tables as CSV and JSON)\n")
                .contains("  " + out.resolve("monthly-2026-01.html")).contains("  " + out.resolve("monthly-2026-06.html"))
                .contains("  " + out.resolve("qbr-2026-Q1.html")).contains("  " + out.resolve("qbr-2026-Q2.html"))
                .contains("  " + out.resolve("renewal-brief.html")).contains("  " + out.resolve("claim-letter.html"))
                .endsWith("SLA attainment 64.0% (16 of 25 clocks met); credits owed 500.00 USD; 21 findings\n");
    }

    @Test
    void theAuditReportPdfHoldsTheHeadlines() throws Exception {
        assertThat(pdfText("audit-report")).contains("Independent audit report: acme-dental").contains("SLA attainment was 64.0%:"
                + " 16 of 25 clocks met").contains("The provider owes 500.00 USD in service credits").contains("21 findings");
    }

    @Test
    void theMonthlyReportOfMarchHoldsItsAttainmentBreachesCasesAndCredit() throws Exception {
        assertThat(pdfText("monthly-2026-03")).contains("Monthly service report: acme-dental, March 2026")
                .contains("SLA attainment 40.0%: 2 of 5 clocks met their targets;").contains("3 breaches")
                .contains("2 cases opened; 0 open at the month's end.").contains("Credits owed for the period: 500.00 USD")
                .contains("INC0010105: resolution took 7 h against 4 h (section 4.3)")
                .contains("Findings cited").contains("./witness verify-pack case.zip");
        assertThat(pdfText("monthly-2026-04")).contains("Monthly service report: acme-dental, April 2026")
                .contains("Credits owed for the period: 0.00 USD");
    }

    @Test
    void eachMonthlyReportChecksTheObligationsOfItsMonthAlone() throws Exception {
        assertThat(Files.readString(out.resolve("monthly-2026-03.html"))).contains("Obligations over the month (10 of 11 kept in full;");
        assertThat(Files.readString(out.resolve("monthly-2026-04.obligations.csv")))
                .contains("northwind,backup,7.2,150,146,no,\"146 of 150 system-days with a successful backup, 2026-04-01 to 2026-04-30\"");
        // the backup exports begin in March: January has nothing to judge, not a month without backups
        assertThat(Files.readString(out.resolve("monthly-2026-01.obligations.csv")))
                .contains("northwind,backup,7.2,0,0,yes,0 of 0 system-days with a successful backup");
    }

    @Test
    void theQbrPacksSplitTheAttainmentByQuarter() throws Exception {
        assertThat(pdfText("qbr-2026-Q1")).contains("Quarterly business review: acme-dental, 2026-Q1")
                .contains("SLA attainment 53.8%: 7 of 13 clocks met over 3 months.")
                .contains("Credits owed for the quarter's periods: 500.00 USD").contains("Recommendations")
                .contains("Claim the credits of northwind 2026-03");
        assertThat(pdfText("qbr-2026-Q2")).contains("SLA attainment 75.0%: 9 of 12 clocks met over 3 months.")
                .contains("Credits owed for the quarter's periods: 0.00 USD").contains("qbr-missed/qbr/2026-Q1");
    }

    @Test
    void theRenewalBriefHoldsTheYearInNumbersAndWhatToDemand() throws Exception {
        assertThat(pdfText("renewal-brief")).contains("Renewal brief: acme-dental")
                .contains("SLA attainment (clocks met of counted) 64.0% (16 of 25)").contains("Credits owed after caps 500.00 USD")
                .contains("Findings in the service-gap register 21").contains("Paid for service not delivered 17.33 USD")
                .contains("Obligations kept in full 1 of 11").contains("What to demand at renewal")
                .contains("A refund of 17.33 USD").contains("Hold the price: no increase without better service");
    }

    @Test
    void theClaimLetterClaimsMarchsCreditWithItsArithmeticAndSaysTheDeadlinePassed() throws Exception {
        assertThat(pdfText("claim-letter")).contains("Service credit claim: Acme Dental Group, P.C.")
                .contains("From: Acme Dental Group, P.C. To: Northwind IT Services LLC")
                .contains("Section 6.3: per breach of the resolution clock for P1: 1 breach (INC0010105) × 500.00 USD = 500.00 USD")
                .contains("Total claimed: 500.00 USD")
                .contains("The contract's claim period for the earliest of these credits ended on 2026-05-30");
        assertThat(Files.readString(out.resolve("claim-letter.credit-lines.csv"))).isEqualTo("provider,period,section,credit,basis,"
                + "amount,findings\r\nnorthwind,2026-03,6.2,attainment,0 of 2 met,0.00 USD,sla-breach/INC0010105/response/client/1"
                + " sla-breach/INC0010105/resolution/client/1 sla-breach/INC0010105/update/client/1\r\nnorthwind,2026-03,6.3,"
                + "per breach of resolution,1 × 500.00 USD (INC0010105),500.00 USD,sla-breach/INC0010105/resolution/client/1\r\n");
        assertThat(Files.readString(out.resolve("claim-letter.credit-cases.csv")))
                .isEqualTo("provider,period,section,clock,case\r\nnorthwind,2026-03,6.3,resolution,INC0010105\r\n");
    }

    @Test
    void everyTableOfEveryReportHoldsTheSameRowsInItsHtmlCsvAndJson() throws Exception {
        int tables = 0;
        for (Path html : files(".html")) {
            Document doc = parse(html);
            NodeList all = doc.getElementsByTagName("table");
            for (int i = 0; i < all.getLength(); i++) {
                Element table = (Element) all.item(i);
                if (!table.getAttribute("class").equals("data")) {
                    continue;
                }
                String base = html.getFileName().toString().replace(".html", "");
                String name = table.getAttribute("id").substring(2);
                List<List<String>> csv = csv(Files.readString(out.resolve(base + "." + name + ".csv"), java.nio.charset.StandardCharsets.UTF_8));
                JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out.resolve(base + "." + name + ".json")));
                List<Integer> columns = new ArrayList<>();
                NodeList headings = table.getElementsByTagName("th");
                for (int h = 0; h < headings.getLength(); h++) {
                    String key = headings.item(h).getTextContent().toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
                    assertThat(csv.get(0)).as(base + " " + name).contains(key);
                    columns.add(csv.get(0).indexOf(key));
                }
                List<List<String>> inFiles = new ArrayList<>();
                for (List<String> record : csv.subList(1, csv.size())) {
                    inFiles.add(columns.stream().map(record::get).map(DentalReportsTest::listed).toList());
                }
                assertThat(rows(table)).as(base + " " + name).isEqualTo(inFiles);
                assertThat(json.size()).as(base + " " + name).isEqualTo(csv.size() - 1);
                for (int r = 0; r < json.size(); r++) {
                    List<String> values = new ArrayList<>();
                    for (String column : csv.get(0)) {
                        values.add(json.get(r).get(column).asString());
                    }
                    assertThat(values).as(base + " " + name + " row " + (r + 1)).isEqualTo(csv.get(r + 1));
                }
                tables++;
            }
        }
        assertThat(tables).isGreaterThan(80);
        List<List<String>> register = csv(Files.readString(out.resolve("audit-report.register.csv")));
        String audit = Files.readString(out.resolve("audit-report.html"));
        assertThat(register).hasSize(22);
        for (List<String> row : register.subList(1, register.size())) {
            assertThat(audit).contains("<tr id=\"f-" + row.get(0).replaceAll("[^A-Za-z0-9_-]", "-") + "\">");
        }
    }

    @Test
    void everyLinkInsideAReportLandsOnAnAnchorOfThatReport() throws Exception {
        for (Path html : files(".html")) {
            Document doc = parse(html);
            Set<String> ids = new HashSet<>();
            NodeList every = doc.getElementsByTagName("*");
            for (int i = 0; i < every.getLength(); i++) {
                String id = ((Element) every.item(i)).getAttribute("id");
                if (!id.isEmpty()) {
                    ids.add(id);
                }
            }
            NodeList links = doc.getElementsByTagName("a");
            for (int i = 0; i < links.getLength(); i++) {
                String href = ((Element) links.item(i)).getAttribute("href");
                if (href.startsWith("#")) {
                    assertThat(ids).as(html.getFileName() + " " + href).contains(href.substring(1));
                } else if (!href.isEmpty()) {
                    assertThat(out.resolve(href)).as(html.getFileName() + " " + href).isRegularFile();
                }
            }
        }
    }

    /** A cell as the HTML shows it: a list of more than 20 finding ids cut to 20 and how many more. */
    private static String listed(String cell) {
        String[] ids = cell.split(" ");
        if (ids.length <= 20 || !ids[0].contains("/")) {
            return cell;
        }
        return String.join(" ", java.util.Arrays.copyOf(ids, 20)) + " … and " + (ids.length - 20) + " more";
    }

    private static List<Path> files(String suffix) throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String pdfText(String base) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(out.resolve(base + ".pdf")))) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static Document parse(Path html) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(html)));
    }

    /** The body rows' cell texts; a table of no rows shows one row saying none. */
    private static List<List<String>> rows(Element table) {
        List<List<String>> rows = new ArrayList<>();
        Element body = (Element) table.getElementsByTagName("tbody").item(0);
        NodeList trs = body.getElementsByTagName("tr");
        for (int r = 0; r < trs.getLength(); r++) {
            NodeList tds = ((Element) trs.item(r)).getElementsByTagName("td");
            if (tds.getLength() == 1 && ((Element) tds.item(0)).hasAttribute("colspan")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < tds.getLength(); c++) {
                cells.add(tds.item(c).getTextContent());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF. */
    private static List<List<String>> csv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return records;
    }
}
