package org.disputedesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.disputedesk.complaint.Category;
import org.junit.jupiter.api.Test;

/** Each case's GB/T 42499-2023 code, as docs/export.md tables it. */
class ComplaintCodeTests {

    @Test
    void everyCategoryHasNineDigitsOfAComplaintAboutClothingWithAContentOfItsOwn() {
        assertThat(Category.values()).allSatisfy(category -> assertThat(ComplaintCode.of(category, false))
                .matches("1[12]\\d{4}101"));
        assertThat(Arrays.stream(Category.values()).map(c -> ComplaintCode.of(c, false).substring(2, 6)).distinct())
                .hasSize(Category.values().length);
    }

    @Test
    void aLivestreamMakesTheChannelALivestreamWhateverTheCategory() {
        assertThat(ComplaintCode.of(Category.NONSTANDARD_LABEL, true)).isEqualTo("120102101");
        assertThat(ComplaintCode.of(Category.NONSTANDARD_LABEL, false)).isEqualTo("110102101");
        assertThat(ComplaintCode.of(Category.LIVESTREAM_MISREPRESENTATION, false)).isEqualTo("120202101");
        assertThat(ComplaintCode.of(Category.DELIVERY, false)).isEqualTo("110301101");
        assertThat(ComplaintCode.of(Category.OTHER, true)).isEqualTo("129999101");
    }
}
