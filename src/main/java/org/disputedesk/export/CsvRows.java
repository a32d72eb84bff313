package org.disputedesk.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV in UTF-8 with a byte order mark, so that Excel opens the Chinese as Chinese: a header
 * row, CRLF line ends, a field quoted when it holds a comma, a quote or a line break. Times are the
 * parks' local time as Excel reads a date ({@code 2026-12-07 18:02:11}). A text that Excel would take
 * for a formula ({@code =}, {@code +}, {@code -}, {@code @} first) is written after an apostrophe, as
 * OWASP advises against CSV injection: a buyer's words stay words.
 */
final class CsvRows implements RowWriter {

    private static final DateTimeFormatter EXCEL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int BUFFER = 64 * 1024;

    private final CSVPrinter out;

    CsvRows(OutputStream stream) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER);
        writer.write('\uFEFF');
        this.out = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(ExportRow.COLUMNS.toArray(String[]::new)).get());
    }

    @Override
    public void write(ExportRow row) throws IOException {
        out.printRecord(row.values().stream().map(CsvRows::field));
    }

    @Override
    public void finish() throws IOException {
        out.flush();
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
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
