package io.witness.core.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
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
}
