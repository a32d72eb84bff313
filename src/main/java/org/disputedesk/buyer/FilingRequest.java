package org.disputedesk.buyer;

import java.math.BigDecimal;

import org.disputedesk.complaint.Category;
import org.disputedesk.complaint.Remedy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a buyer files. Amounts in CNY with at most two decimals. */
public record FilingRequest(
        @NotBlank @Size(max = 64) String shopId,
        @NotBlank @Size(max = 64) String orderRef,
        @NotNull Category category,
        @NotBlank @Size(max = 4000) String description,
        @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal orderAmount,
        @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal claimedAmount,
        @NotNull Remedy desiredRemedy,
        @Valid LivestreamRef livestream) {

    /** The livestream room or session and the offset into its recording where the problem shows. */
    public record LivestreamRef(
            @NotBlank @Size(max = 128) String room,
            @NotNull @Min(0) @Max(604_800) Integer offsetSeconds) {
    }
}
