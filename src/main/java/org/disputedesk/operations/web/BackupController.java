package org.disputedesk.operations.web;

import org.disputedesk.operations.OnlineBackup;
import org.disputedesk.security.DeskUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A backup of the node's embedded database on demand, while it serves. */
@RestController
@Tag(name = "Operations", description = "Running an installation: backing up its embedded database.")
class BackupController {

    private final OnlineBackup backup;

    BackupController(OnlineBackup backup) {
        this.backup = backup;
    }

    @Operation(operationId = "takeBackup", summary = "Back up the embedded database now",
            description = "Administrators, on a node that keeps its data in an H2 file: a zip of the database as "
                    + "last committed, written into `disputes.backup.directory` on the node while it goes on "
                    + "serving. Restore it by unzipping it into an empty directory and starting a node on it "
                    + "(docs/operations.md, \"Back up and restore\"). PostgreSQL is backed up with pg_dump.")
    @ApiResponse(responseCode = "201", description = "Written: the file, its size, when it began.")
    @ApiResponse(responseCode = "403", description = "The caller is not an administrator.")
    @ApiResponse(responseCode = "422", description = "The database is not an H2 file (PostgreSQL, or in memory), "
            + "or the file could not be written.")
    @PostMapping("/api/admin/backup")
    ResponseEntity<OnlineBackup.Backup> take(@AuthenticationPrincipal DeskUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(backup.take(user));
    }
}
