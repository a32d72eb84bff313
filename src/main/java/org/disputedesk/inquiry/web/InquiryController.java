package org.disputedesk.inquiry.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.disputedesk.inquiry.InquiryStage;
import org.disputedesk.inquiry.InquirySteps;
import org.disputedesk.inquiry.InquiryView;
import org.disputedesk.inquiry.InquiryViews;
import org.disputedesk.security.DeskUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Standards inquiries: the committee's notice, the shop's corrective plan, the committee's verification. */
@RestController
@Tag(name = "Standards inquiries", description = "A shop with too many NONCONFORMING findings in a window is asked "
        + "to correct itself: the committee's notice, the shop's corrective plan, the committee's verdict.")
class InquiryController {

    private final InquiryViews views;
    private final InquirySteps steps;

    InquiryController(InquiryViews views, InquirySteps steps) {
        this.views = views;
        this.steps = steps;
    }

    @Operation(operationId = "listInquiries", summary = "List standards inquiries",
            description = "Newest first. The committee and administrators see every inquiry, a shop's operators "
                    + "and its park's administrator the shop's; `stage` and `shopId` narrow the list.")
    @ApiResponse(responseCode = "200", description = "The inquiries the caller may see.")
    @ApiResponse(responseCode = "403", description = "The caller's role reads no inquiries.")
    @GetMapping("/api/committee/inquiries")
    List<InquiryView> list(@AuthenticationPrincipal DeskUser user,
            @RequestParam(required = false) InquiryStage stage,
            @RequestParam(required = false) @Size(max = 64) String shopId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return views.list(user, stage, shopId, page, size);
    }

    @Operation(operationId = "getInquiry", summary = "Read a standards inquiry",
            description = "Its findings (the cases that opened it), the notice's requirements and citations, the "
                    + "shop's plan, the verdict, and `actions`: the steps the caller may take now.")
    @ApiResponse(responseCode = "200", description = "The inquiry.")
    @ApiResponse(responseCode = "404", description = "No such inquiry, or one the caller may not see.")
    @GetMapping("/api/committee/inquiries/{id}")
    InquiryView get(@AuthenticationPrincipal DeskUser user, @PathVariable String id) {
        return views.get(user, id);
    }

    @Operation(operationId = "sendInquiryNotice", summary = "Send the committee's notice",
            description = "By the committee, while the inquiry is at `COMMITTEE_NOTICE`: what the shop must "
                    + "correct, citing clauses of the catalog. The shop's corrective plan is then due within "
                    + "`disputes.deadlines.corrective-plan` (15 days).")
    @ApiResponse(responseCode = "200", description = "The inquiry, now waiting on the shop's corrective plan.")
    @ApiResponse(responseCode = "403", description = "The caller is not a member of the committee.")
    @ApiResponse(responseCode = "409", description = "The inquiry is not at `COMMITTEE_NOTICE`.")
    @ApiResponse(responseCode = "422", description = "A citation names a clause the catalog does not have, or a "
            + "superseded standard.")
    @PostMapping("/api/committee/inquiries/{id}/notice")
    InquiryView notice(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody InquirySteps.NoticeRequest request) {
        return steps.notice(user, id, request);
    }

    @Operation(operationId = "sendCorrectivePlan", summary = "Send the shop's corrective plan",
            description = "By the shop's operators, while the inquiry is at `CORRECTIVE_PLAN` and before its "
                    + "`dueAt`; silence past it closes the inquiry NOT_CORRECTED.")
    @ApiResponse(responseCode = "200", description = "The inquiry, now waiting on the committee's verification.")
    @ApiResponse(responseCode = "403", description = "The caller is not an operator of the shop.")
    @ApiResponse(responseCode = "409", description = "The inquiry is not at `CORRECTIVE_PLAN`.")
    @PostMapping("/api/committee/inquiries/{id}/corrective-plan")
    InquiryView correctivePlan(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody InquirySteps.PlanRequest request) {
        return steps.correctivePlan(user, id, request);
    }

    @Operation(operationId = "verifyCorrection", summary = "Verify the correction and close the inquiry",
            description = "By the committee, while the inquiry is at `VERIFICATION`: CORRECTED or NOT_CORRECTED, "
                    + "with the reasoning. The verdict shows on the shop's public record.")
    @ApiResponse(responseCode = "200", description = "The inquiry, closed with the verdict.")
    @ApiResponse(responseCode = "403", description = "The caller is not a member of the committee.")
    @ApiResponse(responseCode = "409", description = "The inquiry is not at `VERIFICATION`.")
    @PostMapping("/api/committee/inquiries/{id}/verification")
    InquiryView verify(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody InquirySteps.VerificationRequest request) {
        return steps.verify(user, id, request);
    }
}
