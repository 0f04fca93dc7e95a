package io.witness.core.credit;

import io.witness.core.contract.Contract;
import io.witness.core.contract.Money;
import io.witness.core.contract.Party;
import io.witness.core.finding.Finding;
import io.witness.core.reconcile.ReconcileFindings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The client's letter claiming the credits owed, in Markdown and in HTML: for each provider and period,
 * the credit with its arithmetic, then each breach that stands behind it (case, clock, actual against
 * promised, clause), then the total. Findings a provider disputed are still cited, marked as disputed,
 * since a dispute is the provider's word, not a resolution.
 */
public final class ClaimLetter {

    private final Contract contract;

    public ClaimLetter(Contract contract) {
        this.contract = Objects.requireNonNull(contract, "contract");
    }

    /**
     * The letter in Markdown.
     *
     * @param statements the credit statements, in order
     * @param breaches the sla-breach findings the statements stand on
     * @param disputed ids of findings the provider disputed
     * @param date the letter's date
     */
    public String markdown(List<CreditStatement> statements, List<Finding> breaches, List<String> disputed, LocalDate date) {
        StringBuilder md = new StringBuilder();
        Party client = contract.parties().client();
        md.append("# Service credit claim\n\n");
        md.append(date).append("\n\n");
        md.append("From: ").append(name(client)).append("  \n");
        for (Party provider : contract.parties().providers()) {
            if (statements.stream().anyMatch(s -> s.provider().equals(provider.id()))) {
                md.append("To: ").append(name(provider)).append("  \n");
            }
        }
        md.append("Contract: ").append(contract.header().title().isEmpty() ? contract.header().id().value()
                : contract.header().title() + " (" + contract.header().id().value() + ")").append("\n\n");
        md.append("Under the service-credit schedule of the contract, the following credits are owed. Each figure is");
        md.append(" computed from the evidence both parties' systems recorded, as kept by Witness; the arithmetic is shown");
        md.append(" step by step so that it can be checked against the contract.\n\n");
        BigDecimal total = BigDecimal.ZERO;
        for (CreditStatement statement : statements) {
            md.append("## ").append(statement.provider()).append(", ").append(statement.period().label()).append(": ")
                    .append(statement.owed()).append("\n\n");
            md.append("```text\n");
            statement.arithmetic().forEach(line -> md.append(line).append('\n'));
            md.append("```\n\n");
            List<Finding> cited = cited(statement, breaches);
            if (!cited.isEmpty()) {
                md.append("Breaches in this period:\n\n");
                md.append("| case | finding | clause | |\n|---|---|---|---|\n");
                for (Finding finding : cited) {
                    md.append("| ").append(finding.evidence().stream().filter(e -> e.kind().equals("case")).findFirst()
                            .map(e -> e.id()).orElse("")).append(" | ").append(finding.title().replace("|", "\\|"))
                            .append(" | ").append(finding.clause().map(c -> c.text()).orElse("")).append(" | ")
                            .append(disputed.contains(finding.id()) ? "disputed by the provider" : "").append(" |\n");
                }
                md.append('\n');
            }
            statement.chronicFailure().ifPresent(c -> md.append("**Chronic failure.** ").append(c).append("\n\n"));
            total = total.add(statement.owed().amount());
        }
        md.append("## Total claimed: ").append(new Money(total, contract.header().currency())).append("\n\n");
        md.append("Please confirm the credits against the next invoice");
        List<CreditStatement> late = statements.stream().filter(s -> s.claimBy().filter(d -> d.isBefore(date)).isPresent()).toList();
        if (!late.isEmpty()) {
            // Saying "within the claim period" when it is not would hand the provider a reason to refuse the whole letter.
            md.append(". The claim period of ").append(late.size() == 1 ? "one period" : late.size() + " periods")
                    .append(" has passed: ");
            md.append(String.join(", ", late.stream().map(s -> s.provider() + " " + s.period().label() + " (claim due by "
                    + s.claimBy().orElseThrow() + ")").toList()));
            md.append("; the contract may let the provider refuse ").append(late.size() == 1 ? "that credit" : "those credits");
        } else {
            statements.stream().flatMap(s -> s.claimBy().stream()).min(LocalDate::compareTo)
                    .ifPresent(d -> md.append("; this claim is made within the contract's claim period (the earliest period's"
                            + " claim is due by ").append(d).append(')'));
        }
        md.append(".\n\nSincerely,  \n").append(name(client)).append('\n');
        return md.toString();
    }

    /** The same letter as a self-contained HTML page. */
    public String html(List<CreditStatement> statements, List<Finding> breaches, List<String> disputed, LocalDate date) {
        return html(markdown(statements, breaches, disputed, date));
    }

    /** The letter written by {@link #markdown} as a self-contained HTML page (what {@link #html} gives). */
    public static String html(String markdown) {
        return MarkdownHtml.page("Service credit claim", markdown);
    }

    private List<Finding> cited(CreditStatement statement, List<Finding> breaches) {
        List<Finding> cited = new ArrayList<>();
        for (Finding finding : breaches) {
            // The date last: a finding's local date costs more than its kind and provider.
            if (finding.kind().equals(ReconcileFindings.SLA_BREACH)
                    && finding.provider().filter(statement.provider()::equals).isPresent()
                    && statement.period().contains(LocalDate.ofInstant(finding.at(), contract.header().zone()))) {
                cited.add(finding);
            }
        }
        return cited;
    }

    private static String name(Party party) {
        return party.name().isEmpty() ? party.id().value() : party.name();
    }
}
