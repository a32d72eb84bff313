package org.disputedesk.export;

import java.io.IOException;

/** Writes an export's rows as they come: a buffer's worth at a time, never the whole file. */
interface RowWriter {

    void write(ExportRow row) throws IOException;

    /** Ends the file and sends what is left; the stream stays open for the server to close. */
    void finish() throws IOException;
}
