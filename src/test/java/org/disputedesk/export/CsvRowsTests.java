package org.disputedesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** A CSV field as Excel will read it. */
class CsvRowsTests {

    @Test
    void aTextThatExcelWouldRunAsAFormulaStaysText() {
        assertThat(CsvRows.field("=HYPERLINK(\"http://x\",\"点我\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"点我\")");
        assertThat(CsvRows.field("+86 138")).isEqualTo("'+86 138");
        assertThat(CsvRows.field("-")).isEqualTo("'-");
        assertThat(CsvRows.field("@room")).isEqualTo("'@room");
        assertThat(CsvRows.field("吊牌 = 100% 棉")).isEqualTo("吊牌 = 100% 棉");
    }

    @Test
    void amountsAndTimesAreWrittenAsExcelReadsThem() {
        assertThat(CsvRows.field(new BigDecimal("1E+2"))).isEqualTo("100");
        assertThat(CsvRows.field(new BigDecimal("399.00"))).isEqualTo("399.00");
        assertThat(CsvRows.field(OffsetDateTime.parse("2026-12-07T18:02:11.123+08:00"))).isEqualTo("2026-12-07 18:02:11");
        assertThat(CsvRows.field(null)).isEmpty();
    }
}
