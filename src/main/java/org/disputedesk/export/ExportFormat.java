package org.disputedesk.export;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

/** How an export is written: its media type, its file's extension, and its writer. */
public enum ExportFormat {
    CSV("text/csv;charset=UTF-8", "csv"), JSON("application/json", "json");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The parameter's value that asks for this format, and its file's extension. */
    public String extension() {
        return extension;
    }

    RowWriter open(OutputStream out, ObjectMapper json) throws IOException {
        return this == CSV ? new CsvRows(out) : new JsonRows(out, json);
    }
}
