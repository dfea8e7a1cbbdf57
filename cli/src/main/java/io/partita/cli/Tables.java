package io.partita.cli;

import java.util.ArrayList;
import java.util.List;

/** Plain-text tables in milvus_cli's style: a ruled header and one line per row. */
final class Tables {
    private Tables() {}

    static String render(List<String> headers, List<List<Object>> rows) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
        }
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> row : rows) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < widths.length; i++) {
                String cell = String.valueOf(row.get(i));
                widths[i] = Math.max(widths[i], cell.length());
                line.add(cell);
            }
            cells.add(line);
        }
        StringBuilder b = new StringBuilder();
        rule(b, widths);
        line(b, headers, widths);
        rule(b, widths);
        for (List<String> line : cells) {
            line(b, line, widths);
        }
        rule(b, widths);
        return b.toString();
    }

    private static void rule(StringBuilder b, int[] widths) {
        b.append('+');
        for (int w : widths) {
            b.append("-".repeat(w + 2)).append('+');
        }
        b.append('\n');
    }

    private static void line(StringBuilder b, List<String> cells, int[] widths) {
        b.append('|');
        for (int i = 0; i < widths.length; i++) {
            String c = cells.get(i);
            b.append(' ').append(c).append(" ".repeat(widths[i] - c.length())).append(" |");
        }
        b.append('\n');
    }
}
