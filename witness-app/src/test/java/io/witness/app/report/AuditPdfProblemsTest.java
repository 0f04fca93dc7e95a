package io.witness.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuditPdfProblemsTest {

    private static String page(String body) {
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body>" + body
                + "</body></html>\n";
    }

    @Test
    void aProblemOpenhtmltopdfFindsFailsTheRenderingNamingIt() {
        assertThatThrownBy(() -> AuditPdf.of(page("<p><a href=\"#nowhere\">a link to nowhere</a></p>")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Could not write the report as PDF: openhtmltopdf found 1 problem in its page")
                .hasMessageContaining("#nowhere");
    }

    @Test
    void aPageWithoutProblemsRendersWithoutALine() {
        assertThat(AuditPdf.of(page("<p id=\"here\"><a href=\"#here\">a link</a></p>"))).startsWith("%PDF".getBytes());
    }
}
