package org.disputedesk.api.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.disputedesk.api.fuzz.Probe.Validity;

/**
 * Generated shop import files: good ones (quoted commas and quotes, Chinese and emoji names, a byte
 * order mark, CRLF, blank trailing rows, rows that rename shops imported before, with or without the
 * column of Chinese names), and ones broken in some rows or as a whole, each saying whether the
 * contract imports it.
 */
final class ShopFiles {

    static final String HEADER = "id,parkId,name,platform,platformShopId";
    private static final List<String> NAMES = List.of("Lace, Ribbons & Co.", "虎门“精品”女装，旗舰店",
            "The \"Pearl\" Kidswear", "Plain shop", "😀 Emoji store", "ÅÄÖ ß ñ 中文", "'; drop table shops; --",
            "<script>alert(1)</script>", "${7*7}", "a".repeat(190));
    private static final List<String> PLATFORMS = List.of("TAOBAO", "TMALL", "DOUYIN", "PINDUODUO", "");
    private static final List<String> NAMES_ZH = List.of("虎门蕾丝服饰旗舰店", "大朗“毛织”工作室，二店", "", " ",
            "珠江童装 😀", "装".repeat(200));

    /** A file, whether it can be imported, and what was done to it. */
    record File(byte[] bytes, Validity validity, String label) {
    }

    private final FuzzRandom random;

    ShopFiles(FuzzRandom random) {
        this.random = random;
    }

    /**
     * A file of shops of {@code parks} (the caller's own), some of them {@code known} ids of those
     * parks to rename, broken in some rows now and then; {@code otherPark} is a park that is not the caller's.
     */
    File of(List<String> parks, List<String[]> known, String otherPark) {
        List<List<String>> rows = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        int n = 1 + random.nextInt(random.nextDouble() < 0.1 ? 300 : 12);
        boolean namesZh = random.nextBoolean();
        for (int i = 0; i < n; i++) {
            String[] renamed = !known.isEmpty() && random.nextDouble() < 0.2 ? random.pick(known) : null;
            String id = renamed != null ? renamed[0] : "fz-" + Long.toHexString(random.nextLong());
            if (ids.add(id)) {
                List<String> row = new ArrayList<>(List.of(id, renamed != null ? renamed[1] : random.pick(parks),
                        random.pick(NAMES) + " " + i, random.pick(PLATFORMS),
                        random.nextBoolean() ? "" : "pid-" + random.nextInt(1000)));
                if (namesZh) {
                    row.add(random.pick(NAMES_ZH));
                }
                rows.add(row);
            }
        }
        String label = "good " + rows.size() + " rows";
        Validity validity = Validity.VALID;
        if (random.nextDouble() < 0.4) {
            int broken = 1 + random.nextInt(3);
            List<String> kinds = new ArrayList<>();
            for (int b = 0; b < broken; b++) {
                kinds.add(breakRow(rows, otherPark));
            }
            label = "bad rows " + kinds;
            validity = Validity.INVALID_4XX;
        }
        StringBuilder text = new StringBuilder(random.nextDouble() < 0.3 ? "\uFEFF" : "");
        String newline = random.nextBoolean() ? "\r\n" : "\n";
        text.append(HEADER).append(namesZh ? ",nameZh" : "").append(newline);
        for (List<String> row : rows) {
            text.append(CSVFormat.RFC4180.format(row.toArray())).append(newline);
        }
        if (random.nextDouble() < 0.2) {
            text.append(",,,,").append(newline).append(newline);
        }
        return new File(text.toString().getBytes(StandardCharsets.UTF_8), validity, label);
    }

    /** A file that cannot be read as an import at all. */
    File unreadable() {
        String shop = "fz-" + Long.toHexString(random.nextLong());
        return switch (random.nextInt(6)) {
            case 0 -> new File(new byte[0], Validity.INVALID_4XX, "empty");
            case 1 -> new File((HEADER + "\n").getBytes(StandardCharsets.UTF_8), Validity.INVALID_4XX, "header only");
            case 2 -> new File(("id,park,name\n" + shop + ",humen,X\n").getBytes(StandardCharsets.UTF_8),
                    Validity.INVALID_4XX, "other header");
            case 3 -> new File((HEADER + "\n" + shop + ",humen,虎门女装,,\n").getBytes(Charset.forName("GBK")),
                    Validity.INVALID_4XX, "GBK");
            case 4 -> new File((HEADER + "\n\"" + shop + ",humen,Open quote,,\n").getBytes(StandardCharsets.UTF_8),
                    Validity.INVALID_4XX, "quote left open");
            default -> new File(random.text().getBytes(StandardCharsets.UTF_8), Validity.INVALID_4XX, "text");
        };
    }

    /** The parks the rows of a good file are in: an import logs one entry a park. */
    static long parks(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180.builder().setTrim(true).get())) {
            return parser.stream().skip(1).filter(r -> !r.get(0).isEmpty()).map(r -> r.get(1)).distinct().count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String breakRow(List<List<String>> rows, String otherPark) {
        int at = random.nextInt(rows.size());
        List<String> row = new ArrayList<>(rows.get(at));
        String kind = random.pick(List.of("blank name", "control character", "long name", "bad id", "repeated id",
                "unknown park", "other park", "four fields", "long platform", "shop of another park",
                "long Chinese name"));
        switch (kind) {
            case "blank name" -> row.set(2, "");
            case "control character" -> row.set(2, random.pick(List.of("two\nlines", "nul\u0000", "tab\there")));
            case "long name" -> row.set(2, "n".repeat(201));
            case "bad id" -> row.set(0, random.pick(List.of("bad id", "../x", "x".repeat(65), "-lead", "中文")));
            case "repeated id" -> {
                rows.add(List.copyOf(row));
                return kind;
            }
            case "unknown park" -> row.set(1, "nowhere");
            case "other park" -> row.set(1, otherPark == null ? "nowhere" : otherPark);
            case "four fields" -> row = List.copyOf(row.subList(0, 4));
            case "long platform" -> row.set(3, "p".repeat(41));
            case "long Chinese name" -> row.set(row.size() == 6 ? 5 : 2, "装".repeat(201));
            default -> {
                row.set(0, random.pick(List.of("shop-hm-001", "shop-dl-001")));
                row.set(1, row.get(0).equals("shop-hm-001") ? "dalang" : "humen");
            }
        }
        rows.set(at, row);
        return kind;
    }
}
