package io.witness.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TitleKeyTest {

    static Stream<Arguments> titles() {
        return Stream.of(
                Arguments.of("Printer on floor 3 jammed!", "printer on floor # jammed"),
                Arguments.of("  printer on FLOOR 12 jammed ", "printer on floor # jammed"),
                Arguments.of("VPN down (site 4, ticket #1234)", "vpn down site # ticket #"),
                Arguments.of("Outlook: can't send", "outlook can t send"),
                Arguments.of("Café Wi-Fi", "café wi fi"),
                Arguments.of("INC0010003", "inc#"),
                Arguments.of("--- !!! ---", ""));
    }

    @ParameterizedTest
    @MethodSource("titles")
    void keepsLettersInLowerCaseAndFoldsDigitsAndPunctuation(String title, String key) {
        assertThat(TitleKey.of(title).orElse("")).isEqualTo(key);
    }

    @ParameterizedTest
    @MethodSource("titles")
    void sharedKeyIsTheSameKey(String title, String key) {
        assertThat(TitleKey.shared(title)).isEqualTo(key.isEmpty() ? null : key);
    }

    @Test
    void titlesThatShareAKeyGetOneString() {
        String first = TitleKey.shared("Printer on floor 3 jammed!");
        assertThat(TitleKey.shared("printer ON floor 4 jammed")).isSameAs(first);
    }

    @Test
    void aTitleLongerThanTheBufferIsKeyed() {
        String title = "Disk 1 full ".repeat(2_000);
        assertThat(TitleKey.shared(title)).isEqualTo(TitleKey.of(title).orElseThrow());
    }
}
