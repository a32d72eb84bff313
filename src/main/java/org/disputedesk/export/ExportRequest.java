package org.disputedesk.export;

import java.time.LocalDate;
import java.util.Arrays;

import org.disputedesk.web.InvalidFields;

/**
 * What an export covers: the cases of {@code parkId} filed from {@code from} to {@code to}, calendar
 * days of the parks' time, both included and both optional; and how it is written.
 */
public record ExportRequest(String parkId, LocalDate from, LocalDate to, ExportFormat format) {

    /** The request as the query asks it ({@code format} csv or json, none: csv); else 400 naming every bad field. */
    public static ExportRequest of(String parkId, LocalDate from, LocalDate to, String format) {
        ExportFormat chosen = format == null ? ExportFormat.CSV : Arrays.stream(ExportFormat.values())
                .filter(f -> f.extension().equals(format)).findFirst().orElse(null);
        InvalidFields.check()
                .require(from == null || to == null || !from.isAfter(to), "from", "problem.field.fromAfterTo",
                        "must not be after to")
                .require(chosen != null, "format", "problem.field.exportFormat", "must be csv or json")
                .throwIfAny();
        return new ExportRequest(parkId, from, to, chosen);
    }

    /** The file's name: the park and the range, {@code all} for an open end. */
    public String fileName() {
        return "complaints-" + parkId + "-" + (from == null ? "all" : from) + "-" + (to == null ? "all" : to) + "."
                + format.extension();
    }
}
