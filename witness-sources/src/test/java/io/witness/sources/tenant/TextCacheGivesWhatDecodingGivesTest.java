package io.witness.sources.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextCacheGivesWhatDecodingGivesTest {

    private final TextCache cache = new TextCache();

    private String text(String value) {
        byte[] bytes = ("xx" + value + "yy").getBytes(StandardCharsets.UTF_8);
        return cache.text(bytes, 2, bytes.length - 4);
    }

    @Test
    void aRecurringAsciiTextIsDecodedOnceAndGivenAgain() {
        String first = text("In Progress");

        assertThat(text("In Progress")).isEqualTo("In Progress").isSameAs(first);
    }

    @Test
    void textsThatShareASlotOrALengthAreEachGivenAsTheyAre() {
        // "Aa" and "BB" have the same hash, so the same slot.
        assertThat(text("Aa")).isEqualTo("Aa");
        assertThat(text("BB")).isEqualTo("BB");
        assertThat(text("Aa")).isEqualTo("Aa");
        assertThat(text("Ab")).isEqualTo("Ab");
        assertThat(text("")).isEmpty();
    }

    @Test
    void longAndNonAsciiTextsAreDecodedAsUtf8() {
        String longText = "x".repeat(65);

        assertThat(text("Zoë Müller")).isEqualTo("Zoë Müller");
        assertThat(text(longText)).isEqualTo(longText);
    }

    @Test // #7
    void aKeptTextsOptionalIsMadeOnceAndAnotherTextsIsItsOwn() {
        String status = text("In Progress");
        int slot = cache.lastSlot();
        java.util.Optional<String> present = cache.present(status, slot);

        assertThat(cache.present(text("In Progress"), cache.lastSlot())).isSameAs(present).contains("In Progress");
        assertThat(cache.present("In Progress", slot)).as("an equal text not the one kept").isNotSameAs(present).contains("In Progress");
        String longText = text("x".repeat(65));
        assertThat(cache.lastSlot()).isNegative();
        assertThat(cache.present(longText, cache.lastSlot())).contains(longText);
    }
}
