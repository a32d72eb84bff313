package org.disputedesk.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte order mark, so that Excel opens the Chinese as Chinese: a header
 * row, CRLF line ends, a field quoted when it holds a comma, a quote or a line break (its quotes
 * doubled). Times are the parks' local time as Excel reads a date ({@code 2026-12-07 18:02:11}).
 * A text that Excel would take for a formula ({@code =}, {@code +}, {@code -}, {@code @} first) is
 * written after an apostrophe, as OWASP advises against CSV injection: a buyer's words stay words.
 */
final class CsvRows implements RowWriter {

    private static final DateTimeFormatter EXCEL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int BUFFER = 64 * 1024;

    private final Writer out;

    CsvRows(OutputStream stream) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER);
        out.write('\uFEFF');
        line(ExportRow.COLUMNS);
    }

    @Override
    public void write(ExportRow row) throws IOException {
        line(row.values());
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private void line(List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(values.get(i)));
        }
        out.write("\r\n");
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof OffsetDateTime time) {
            return EXCEL_TIME.format(time);
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quoted = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
