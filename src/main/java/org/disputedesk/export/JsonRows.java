package org.disputedesk.export;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/** A JSON array of the rows, each an object written as it comes, with the API's own JSON settings. */
final class JsonRows implements RowWriter {

    private final JsonGenerator out;
    private final ObjectWriter rows;

    JsonRows(OutputStream stream, ObjectMapper json) throws IOException {
        // the generator buffers; flushing after each row would send a packet a row
        this.rows = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        this.out = json.getFactory().createGenerator(stream).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        out.writeStartArray();
    }

    @Override
    public void write(ExportRow row) throws IOException {
        rows.writeValue(out, row);
    }

    @Override
    public void finish() throws IOException {
        out.writeEndArray();
        out.close();
    }
}
