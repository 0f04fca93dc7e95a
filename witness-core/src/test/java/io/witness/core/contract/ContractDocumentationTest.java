package io.witness.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.witness.core.calendar.BusinessCalendar;
import io.witness.core.input.InputRejected;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The examples in {@code docs/contract.md} are read as they are written there: each {@code yaml} block
 * is a whole contract file, and one followed by a {@code text} block is refused with exactly that text.
 */
class ContractDocumentationTest {

    private static final Path DOC = Path.of("../docs/contract.md");
    private static final Pattern BLOCK = Pattern.compile("```(yaml|text)\\n(.*?)```", Pattern.DOTALL);

    private record Block(String language, String text) {
    }

    @Test
    void theCommentedExampleIsAContractWithEveryKindOfTerm() {
        Contract contract = ContractYaml.parse(blocks().get(0).text(), "contract.yaml");

        assertThat(contract.versions()).hasSize(2);
        ContractTerms signed = contract.termsAt(LocalDate.of(2026, 6, 1)).orElseThrow();
        ContractTerms amended = contract.termsAt(LocalDate.of(2027, 6, 1)).orElseThrow();
        assertThat(signed.clocksFor(new PartyId("northwind"))).hasSize(3);
        assertThat(signed.obligations().get(new PartyId("northwind"))).hasSize(8);
        assertThat(signed.pricing().get(new PartyId("northwind")).monthlyFee()).isEqualTo(Money.of("15150", "USD"));
        assertThat(amended.pricing().get(new PartyId("northwind")).monthlyFee()).isEqualTo(Money.of("17400", "USD"));
        assertThat(amended.sla()).usingRecursiveComparison()
                .withEqualsForType((a, b) -> a.versions().equals(b.versions()), BusinessCalendar.class)
                .isEqualTo(signed.sla());
        assertThat(contract.termsAt(LocalDate.of(2029, 1, 1))).isEmpty();
    }

    @Test
    void everyYamlBlockReadsOrIsRefusedWithTheTextThatFollowsIt() {
        List<Block> blocks = blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!block.language().equals("yaml")) {
                continue;
            }
            boolean refused = i + 1 < blocks.size() && blocks.get(i + 1).language().equals("text");
            if (refused) {
                InputRejected rejected = catchThrowableOfType(InputRejected.class,
                        () -> ContractYaml.parse(block.text(), "contract.yaml"));
                assertThat(rejected).as(block.text()).isNotNull();
                assertThat(rejected.getMessage() + "\n").isEqualTo(blocks.get(i + 1).text());
            } else {
                ContractYaml.parse(block.text(), "contract.yaml");
            }
        }
    }

    private static List<Block> blocks() {
        Matcher found = BLOCK.matcher(ContractFiles.read(DOC));
        List<Block> blocks = new ArrayList<>();
        while (found.find()) {
            blocks.add(new Block(found.group(1), found.group(2)));
        }
        return blocks;
    }
}
