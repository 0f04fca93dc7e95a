package io.witness.app.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

/**
 * The audit report as a PDF of the same content as its HTML: openhtmltopdf lays out the XHTML page and
 * Batik draws the inline SVG charts as vector graphics; links to findings become links inside the PDF.
 * The report's SVG is written inline with no XML declaration or DOCTYPE, as openhtmltopdf needs.
 *
 * <p>openhtmltopdf reports what it finds wrong (a link to nowhere, a CSS rule it cannot read, an image it
 * cannot load) through java.util.logging, once per occurrence, on standard error. Its logger is replaced
 * by one that prints nothing and each rendering collects them instead: a warning or worse fails the rendering with an exception
 * naming how many there were and the first few, so a problem stops the command instead of scrolling past.
 */
public final class AuditPdf {

    /** The most of a rendering's problems its exception quotes. */
    private static final int QUOTED = 5;

    static {
        // openhtmltopdf's messages are collected per rendering (withDiagnosticConsumer) and judged there; its
        // logger prints nothing. Logging stays enabled: with it off, openhtmltopdf hands the consumer nothing.
        XRLog.setLoggerImpl(new Silent());
    }

    /** A logger that prints nothing, so that openhtmltopdf's diagnostics reach only each rendering's consumer. */
    private static final class Silent implements XRLogger {

        @Override
        public void log(String where, Level level, String message) {
        }

        @Override
        public void log(String where, Level level, String message, Throwable th) {
        }

        @Override
        public void setLevel(String logger, Level level) {
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return false;
        }
    }

    private AuditPdf() {
    }

    /** The report as PDF bytes. */
    public static byte[] render(AuditReport report) {
        return of(ShownLinks.of(AuditHtml.render(report)));
    }

    /**
     * The PDF of a well-formed XHTML page such as {@link AuditHtml#render} writes.
     *
     * @throws IllegalStateException if openhtmltopdf found a problem in the page (a warning or worse)
     */
    static byte[] of(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        List<Diagnostic> problems = new ArrayList<>();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(xhtml, null);
            builder.withDiagnosticConsumer(d -> {
                if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
                    problems.add(d);
                }
            });
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report as PDF", e);
        }
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder("Could not write the report as PDF: openhtmltopdf found ")
                    .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" in its page");
            for (Diagnostic d : problems.subList(0, Math.min(QUOTED, problems.size()))) {
                message.append("\n  ").append(d.getLevel()).append(": ").append(d.getFormattedMessage());
            }
            IllegalStateException failure = new IllegalStateException(message.toString());
            problems.stream().filter(Diagnostic::hasError).findFirst().ifPresent(d -> failure.initCause(d.getError()));
            throw failure;
        }
        return pdf.toByteArray();
    }
}
