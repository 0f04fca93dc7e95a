package io.witness.app.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The report's charts as plain SVG 1.1 (no script, no CSS, fonts by family only), so a browser shows them
 * inline and openhtmltopdf's Batik draws them as vectors in a PDF: a line chart of shares by month, a bar
 * chart of counts, and a weekday × hour heatmap. Coordinates are written with one decimal in the root
 * locale, so the same figures give the same bytes.
 */
final class Svg {

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
        "#7f7f7f", "#bcbd22", "#17becf"};
    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 48;
    private static final int RIGHT = 150;
    private static final int TOP = 28;
    private static final int BOTTOM = 40;

    private Svg() {
    }

    /**
     * One line of a line chart.
     *
     * @param name its label in the legend
     * @param values one per x label; {@code NaN} where there is no figure (the line breaks there)
     */
    record Series(String name, double[] values) {

        Series {
            Objects.requireNonNull(name, "name");
            values = values.clone();
        }
    }

    /** A line chart of shares (0 to 1) by x label, with a y axis in percent from 0 to 100. */
    static String percentLines(String title, List<String> xLabels, List<Series> series) {
        StringBuilder svg = open(title);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        for (int pct = 0; pct <= 100; pct += 25) {
            double y = TOP + plotH * (1 - pct / 100.0);
            svg.append(line(LEFT, y, LEFT + plotW, y, "#dddddd"));
            svg.append(text(LEFT - 6, y + 4, pct + "%", "end", 10));
        }
        int n = xLabels.size();
        for (int i = 0; i < n; i++) {
            svg.append(text(x(i, n, plotW), HEIGHT - BOTTOM + 16, xLabels.get(i), "middle", 10));
        }
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            String colour = COLOURS[s % COLOURS.length];
            StringBuilder path = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < Math.min(n, one.values().length); i++) {
                double v = one.values()[i];
                if (Double.isNaN(v)) {
                    pen = false;
                    continue;
                }
                double px = x(i, n, plotW);
                double py = TOP + plotH * (1 - Math.max(0, Math.min(1, v)));
                path.append(pen ? " L" : (path.length() == 0 ? "M" : " M")).append(num(px)).append(' ').append(num(py));
                pen = true;
                svg.append("<circle cx=\"").append(num(px)).append("\" cy=\"").append(num(py)).append("\" r=\"3\" fill=\"")
                        .append(colour).append("\"/>\n");
            }
            if (path.length() > 0) {
                svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(colour)
                        .append("\" stroke-width=\"2\"/>\n");
            }
            double ly = TOP + 14 + 16 * s;
            svg.append(line(WIDTH - RIGHT + 10, ly - 4, WIDTH - RIGHT + 28, ly - 4, colour));
            svg.append(text(WIDTH - RIGHT + 32, ly, one.name(), "start", 10));
        }
        svg.append(line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, "#333333"));
        return close(svg);
    }

    /** A bar chart of counts, one bar per label, each with its count above it. */
    static String bars(String title, List<String> labels, long[] counts) {
        if (labels.size() != counts.length) {
            throw new IllegalArgumentException("A bar chart needs one count per label, got " + labels.size() + " labels and "
                    + counts.length + " counts");
        }
        StringBuilder svg = open(title);
        double plotW = WIDTH - LEFT - 20;
        double plotH = HEIGHT - TOP - BOTTOM;
        long max = 1;
        for (long c : counts) {
            max = Math.max(max, c);
        }
        int n = labels.size();
        double slot = plotW / Math.max(1, n);
        for (int i = 0; i < n; i++) {
            // 16 px above the tallest bar for its count, clear of the title
            double h = (plotH - 16) * counts[i] / max;
            double x0 = LEFT + slot * i + slot * 0.15;
            double y0 = TOP + plotH - h;
            svg.append("<rect x=\"").append(num(x0)).append("\" y=\"").append(num(y0)).append("\" width=\"")
                    .append(num(slot * 0.7)).append("\" height=\"").append(num(h)).append("\" fill=\"").append(COLOURS[0])
                    .append("\"/>\n");
            svg.append(text(x0 + slot * 0.35, y0 - 4, Long.toString(counts[i]), "middle", 11));
            svg.append(text(x0 + slot * 0.35, HEIGHT - BOTTOM + 16, labels.get(i), "middle", 10));
        }
        svg.append(line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, "#333333"));
        return close(svg);
    }

    /** A heatmap: one row per row label, one column per column label, darker for more; empty cells white. */
    static String heatmap(String title, List<String> rows, List<String> columns, long[][] cells) {
        if (cells.length != rows.size()) {
            throw new IllegalArgumentException("A heatmap needs one row of cells per row label, got " + rows.size()
                    + " labels and " + cells.length + " rows");
        }
        StringBuilder svg = open(title);
        double cellW = (WIDTH - LEFT - 20.0) / Math.max(1, columns.size());
        double cellH = (HEIGHT - TOP - BOTTOM) / (double) Math.max(1, rows.size());
        long max = 1;
        for (long[] row : cells) {
            for (long c : row) {
                max = Math.max(max, c);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            double y = TOP + r * cellH;
            svg.append(text(LEFT - 6, y + cellH / 2 + 4, rows.get(r), "end", 10));
            for (int c = 0; c < columns.size() && c < cells[r].length; c++) {
                long count = cells[r][c];
                int shade = (int) Math.round(255 - 200.0 * count / max);
                String fill = count == 0 ? "#ffffff" : String.format(Locale.ROOT, "#%02x%02xff", shade, shade);
                svg.append("<rect x=\"").append(num(LEFT + c * cellW)).append("\" y=\"").append(num(y)).append("\" width=\"")
                        .append(num(cellW)).append("\" height=\"").append(num(cellH)).append("\" fill=\"").append(fill)
                        .append("\" stroke=\"#eeeeee\"><title>").append(Html.escape(rows.get(r) + " " + columns.get(c) + ": " + count))
                        .append("</title></rect>\n");
            }
        }
        for (int c = 0; c < columns.size(); c += Math.max(1, columns.size() / 12)) {
            svg.append(text(LEFT + c * cellW + cellW / 2, HEIGHT - BOTTOM + 14, columns.get(c), "middle", 9));
        }
        return close(svg);
    }

    private static double x(int i, int n, double plotW) {
        return n <= 1 ? LEFT + plotW / 2 : LEFT + plotW * i / (n - 1);
    }

    private static StringBuilder open(String title) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\">\n");
        svg.append("<title>").append(Html.escape(title)).append("</title>\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"#ffffff\"/>\n");
        svg.append(text(LEFT, 18, title, "start", 13));
        return svg;
    }

    private static String close(StringBuilder svg) {
        return svg.append("</svg>\n").toString();
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2) + "\" stroke=\""
                + colour + "\" stroke-width=\"1\"/>\n";
    }

    private static String text(double x, double y, String content, String anchor, int size) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" font-family=\"sans-serif\" font-size=\"" + size
                + "\" text-anchor=\"" + anchor + "\" fill=\"#222222\">" + Html.escape(content) + "</text>\n";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
