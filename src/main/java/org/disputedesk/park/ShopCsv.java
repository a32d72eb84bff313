package org.disputedesk.park;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.disputedesk.web.ClientText;
import org.disputedesk.web.Sentence;

/**
 * Reads an import file: UTF-8 (a byte order mark allowed, as Excel writes one), RFC 4180 quoting,
 * the header {@code id,parkId,name,platform,platformShopId}, or the same with {@code ,nameZh} at its
 * end, and a shop a row of as many cells, each checked by the rules of {@link Shop}. Lines are
 * numbered as the spreadsheet the file came from numbers its rows: the header is line 1, and a
 * quoted cell holding a line break does not start another. A row whose cells are all empty is
 * skipped, as spreadsheets export the blank rows under a table.
 */
final class ShopCsv {

    /** The columns of a file; the Chinese name, added last, may be left out. */
    static final List<String> HEADER = List.of("id", "parkId", "name", "platform", "platformShopId", "nameZh");
    private static final List<String> WITHOUT_NAME_ZH = HEADER.subList(0, HEADER.size() - 1);
    private static final String HEADER_LINE = String.join(",", WITHOUT_NAME_ZH);
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    /** A row of the file, and whatever is wrong with it, so far. */
    record Row(int line, Shop shop, List<Sentence> problems) {
        /** What is wrong, in English and under {@code code} in the bundle {@code i18n/problems}. */
        void problem(String code, String english, Object... args) {
            problems.add(new Sentence(code, english, args));
        }
    }

    /** The rows of a file, and whether it has the column {@code nameZh}. */
    record Sheet(boolean namesInChinese, List<Row> rows) {
    }

    private ShopCsv() {
    }

    /**
     * The rows of the file, each with the problems of its own fields and repeated ids. A file that
     * cannot be read as an import at all (not UTF-8, empty, another header, a quote left open) is
     * refused where it first breaks.
     */
    static Sheet read(byte[] file, Validator validator) {
        String text = utf8(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw BadRows.file(1, new Sentence("problem.import.empty",
                    "the file is empty; its first line must be the header " + HEADER_LINE, HEADER_LINE));
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        List<String> columns;
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            columns = hasNext(records, 1) ? records.next().stream().map(String::strip).toList() : List.of();
            if (!columns.equals(HEADER) && !columns.equals(WITHOUT_NAME_ZH)) {
                throw BadRows.file(1, new Sentence("problem.import.header", "the header must be exactly " + HEADER_LINE
                        + ", with or without ,nameZh at its end", HEADER_LINE, ",nameZh"));
            }
            int line = 1;
            while (hasNext(records, line + 1)) {
                CSVRecord record = records.next();
                line = (int) record.getRecordNumber();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(row(record, columns, line, validator, lineOfId));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String has nothing to fail on
        }
        return new Sheet(columns.size() == HEADER.size(), rows);
    }

    private static Row row(CSVRecord record, List<String> columns, int line, Validator validator,
                           Map<String, Integer> lineOfId) {
        if (record.size() != columns.size()) {
            String header = String.join(",", columns);
            Row row = new Row(line, null, new ArrayList<>());
            row.problem("problem.import.fieldCount", "has " + record.size() + " fields, not " + columns.size() + " ("
                    + header + ")", Integer.toString(record.size()), Integer.toString(columns.size()), header);
            return row;
        }
        // each cell follows the rule of all text a client sends, as the same fields do in JSON
        List<String> cells = new ArrayList<>();
        List<Sentence> refused = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            try {
                cells.add(ClientText.accept(record.get(i)));
            } catch (ClientText.Refused refusal) {
                refused.add(Sentence.asIs(columns.get(i) + " " + refusal.getMessage()));
                cells.add("");
            }
        }
        String nameZh = cells.size() == HEADER.size() ? cells.get(5) : null;
        Shop shop = new Shop(cells.get(0), cells.get(1), cells.get(2), nameZh, cells.get(3), cells.get(4)).normalized();
        Row row = new Row(line, shop, refused);
        if (refused.isEmpty()) {
            validator.validate(shop).stream()
                    .sorted(Comparator.comparing((ConstraintViolation<Shop> v) -> HEADER.indexOf(v.getPropertyPath()
                            .toString())).thenComparing(ConstraintViolation::getMessage))
                    // Bean Validation says its messages in the reader's language already
                    .forEach(v -> row.problems().add(Sentence.asIs(v.getPropertyPath() + " " + v.getMessage())));
        }
        Integer first = lineOfId.putIfAbsent(shop.id(), line);
        if (first != null && !shop.id().isEmpty()) {
            row.problem("problem.import.repeatedId", "id " + shop.id() + " is also on line " + first, shop.id(),
                    first.toString());
        }
        return row;
    }

    /** Whether another record follows; one that cannot be parsed refuses the file at {@code line}. */
    private static boolean hasNext(Iterator<CSVRecord> records, int line) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw BadRows.file(line, new Sentence("problem.import.openQuote",
                    "a quoted field is not closed, or has characters after its closing quote"));
        }
    }

    /** The text, or a refusal naming the line of the first byte that is not UTF-8. */
    private static String utf8(byte[] file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(file);
        try {
            return decoder.decode(bytes).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            for (int i = 0; i < bytes.position(); i++) {
                line += file[i] == '\n' ? 1 : 0;
            }
            throw BadRows.file(line, new Sentence("problem.import.notUtf8",
                    "the file is not UTF-8; save it as \"CSV UTF-8\""));
        }
    }
}
