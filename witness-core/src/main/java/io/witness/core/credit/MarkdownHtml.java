package io.witness.core.credit;

/**
 * The little Markdown the claim letter uses (headings, paragraphs, hard breaks, bold, code blocks,
 * tables) as HTML, every text escaped.
 */
final class MarkdownHtml {

    private MarkdownHtml() {
    }

    static String page(String title, String markdown) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>body{font-family:sans-serif;max-width:50em;margin:2em auto}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em}"
                        + "pre{background:#f4f4f4;padding:.5em}</style>\n</head>\n<body>\n");
        String[] lines = markdown.split("\n", -1);
        boolean code = false;
        boolean table = false;
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("```")) {
                flush(html, paragraph);
                html.append(code ? "</pre>\n" : "<pre>");
                code = !code;
                continue;
            }
            if (code) {
                html.append(escape(line)).append('\n');
                continue;
            }
            if (line.startsWith("|")) {
                flush(html, paragraph);
                if (line.startsWith("|---")) {
                    continue;
                }
                String[] cells = line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1);
                html.append(table ? "<tr>" : "<table>\n<tr>");
                for (String cell : cells) {
                    html.append(table ? "<td>" : "<th>").append(inline(cell.trim().replace("\\|", "|")))
                            .append(table ? "</td>" : "</th>");
                }
                html.append("</tr>\n");
                table = true;
                continue;
            }
            if (table) {
                html.append("</table>\n");
                table = false;
            }
            if (line.startsWith("## ") || line.startsWith("# ")) {
                flush(html, paragraph);
                int level = line.startsWith("## ") ? 2 : 1;
                html.append("<h").append(level).append('>').append(inline(line.substring(level + 1))).append("</h")
                        .append(level).append(">\n");
            } else if (line.isBlank()) {
                flush(html, paragraph);
            } else {
                paragraph.append(inline(line.endsWith("  ") ? line.strip() : line)).append(line.endsWith("  ") ? "<br>\n" : "\n");
            }
        }
        flush(html, paragraph);
        return html.append("</body>\n</html>\n").toString();
    }

    private static void flush(StringBuilder html, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            html.append("<p>").append(paragraph.toString().strip()).append("</p>\n");
            paragraph.setLength(0);
        }
    }

    private static String inline(String text) {
        return escape(text).replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
