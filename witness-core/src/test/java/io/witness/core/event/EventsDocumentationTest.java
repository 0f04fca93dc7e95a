package io.witness.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The examples in {@code docs/events.md} are read as they are written there. */
class EventsDocumentationTest {

    // Surefire runs in the module's folder; the docs live at the repository's root.
    private static final Path DOC = Path.of("../docs/events.md");
    private static final Pattern JSONL_BLOCK = Pattern.compile("```jsonl\\n(.*?)```", Pattern.DOTALL);

    private static List<String> jsonlBlocks() throws IOException {
        Matcher blocks = JSONL_BLOCK.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
        List<String> found = new ArrayList<>();
        while (blocks.find()) {
            found.add(blocks.group(1));
        }
        return found;
    }

    @Test
    void everyExampleLineIsReadWithoutProblems() throws IOException {
        List<String> blocks = jsonlBlocks();
        assertThat(blocks).isNotEmpty();
        for (String block : blocks) {
            EventsRead read = EventLines.read(block, "docs/events.md");
            assertThat(read.problems()).isEmpty();
            long lines = block.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).count();
            assertThat(read.events()).hasSize((int) lines);
        }
    }

    @Test
    void theTicketsLifeGoesFromOpenedToClosed() throws IOException {
        List<TicketEvent> life = EventLines.read(jsonlBlocks().get(0), "docs/events.md").orThrow();
        assertThat(life).extracting(TicketEvent::type).containsExactly(
                EventType.OPENED, EventType.ASSIGNED, EventType.STATUS, EventType.COMMENT, EventType.REPLY,
                EventType.RESOLVED, EventType.REOPENED, EventType.RESOLVED, EventType.CLOSED);
        assertThat(life.get(2)).isEqualTo(StatusChanged.classified(life.get(2).meta(), "Waiting on customer",
                StatusClass.WAITING_CUSTOMER));
    }

    @Test
    void aPublicAgentCommentInTheExamplesIsAReply() throws IOException {
        List<TicketEvent> more = EventLines.read(jsonlBlocks().get(1), "docs/events.md").orThrow();
        assertThat(more).extracting(TicketEvent::type)
                .containsExactly(EventType.PRIORITY, EventType.PLAN, EventType.COMMENT, EventType.REPLY);
    }
}
