package org.disputedesk.export.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;

import org.disputedesk.export.CaseExport;
import org.disputedesk.export.ExportRequest;
import org.disputedesk.security.DeskUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A park's cases as a file for the regulators (12315). */
@RestController
@Tag(name = "Exports", description = "A park's cases as CSV or JSON for the regulators, with their GB/T "
        + "42499-2023 codes.")
class ExportController {

    private final CaseExport export;

    ExportController(CaseExport export) {
        this.export = export;
    }

    @Operation(operationId = "exportComplaints", summary = "Export a park's cases",
            description = "One row per case of the park filed from `from` to `to` (calendar days of China Standard "
                    + "Time, both included, both optional), oldest first: its id and case number, filing time, "
                    + "park, shop id and name, buyer, order, category, description, amounts, desired remedy, "
                    + "livestream room, stage, outcome, closing time, the mediator's ruling in short, and its "
                    + "nine-digit GB/T 42499-2023 code (docs/export.md). Times are China Standard Time. CSV is "
                    + "RFC 4180 in UTF-8 with a byte order mark and a header row; JSON is an array of objects "
                    + "named as the CSV's columns. For the park's mediators and administrator, and "
                    + "administrators; each export is in the audit log.")
    @ApiResponse(responseCode = "200", description = "The file, written as the cases are read.", headers =
            @Header(name = "Content-Disposition", description = "An attachment, named after the park and the range.",
                    schema = @Schema(type = "string")),
            content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string", example =
                            "\uFEFFid,number,filedAt,parkId,shopId,shopName,…,gbt42499Code\r\n")),
                    @Content(mediaType = "application/json", schema = @Schema(type = "array"))})
    @ApiResponse(responseCode = "400", description = "A date that is not YYYY-MM-DD, `from` after `to`, a format "
            + "other than csv or json: nothing is written.")
    @ApiResponse(responseCode = "403", description = "Exports are for the park's staff and administrators.")
    @ApiResponse(responseCode = "404", description = "No such park, or not the caller's own.")
    @GetMapping("/api/exports/complaints")
    void exportComplaints(@AuthenticationPrincipal DeskUser user,
            @RequestParam @Size(max = 64) String parkId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(schema = @Schema(allowableValues = {"csv", "json"}, defaultValue = "csv"))
            @RequestParam(required = false) String format,
            HttpServletResponse response) throws IOException {
        ExportRequest request = ExportRequest.of(parkId, from, to, format);
        export.allow(user, request);
        response.setContentType(request.format().mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(request.fileName(), StandardCharsets.UTF_8).build().toString());
        export.write(request, response.getOutputStream());
    }
}
