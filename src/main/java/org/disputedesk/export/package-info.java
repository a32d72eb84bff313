/**
 * A park's cases handed to the regulators (12315): every case filed in a date range, with its fields and
 * its GB/T 42499-2023 code, as CSV for a spreadsheet or as JSON, streamed row by row from one read-only
 * cursor. Each export is recorded in the audit log.
 */
package org.disputedesk.export;
