package io.witness.app.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;

/**
 * The audit report as a PDF of the same content as its HTML: openhtmltopdf lays out the XHTML page and
 * Batik draws the inline SVG charts as vector graphics; links to findings become links inside the PDF.
 * The report's SVG is written inline with no XML declaration or DOCTYPE, as openhtmltopdf needs.
 */
public final class AuditPdf {

    static {
        // openhtmltopdf logs at INFO on standard error ("Using fast-mode renderer"); a report run shows warnings only.
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private AuditPdf() {
    }

    /** The report as PDF bytes. */
    public static byte[] render(AuditReport report) {
        return of(AuditHtml.render(report));
    }

    /** The PDF of a well-formed XHTML page such as {@link AuditHtml#render} writes. */
    static byte[] of(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report as PDF", e);
        }
        return pdf.toByteArray();
    }
}
