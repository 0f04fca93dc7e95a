package io.witness.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesTheFiveCharactersThatMatterInTextAndQuotedAttributes() {
        assertThat(Html.escape("<b>Tom & \"Jerry\"'s</b>")).isEqualTo("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&#39;s&lt;/b&gt;");
    }

    @Test
    void anchorsKeepLettersDigitsDashesAndUnderscoresAndReplaceTheRest() {
        assertThat(Html.findingAnchor("sla-breach/INC0010001/response/witness/1")).isEqualTo("f-sla-breach-INC0010001-response-witness-1");
        assertThat(Html.caseAnchor("INC 1/é")).isEqualTo("case-INC-1--");
    }

    @Test
    void percentHasOneDecimalAndSaysNotApplicableForNothingCounted() {
        assertThat(Html.percent(10, 17)).isEqualTo("58.8%");
        assertThat(Html.percent(0, 0)).isEqualTo("n/a");
    }
}
