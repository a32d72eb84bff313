package org.disputedesk.complaint.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.disputedesk.complaint.Evidence;
import org.disputedesk.complaint.Messages;
import org.disputedesk.security.DeskUser;
import org.disputedesk.web.ClientText;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A case's messages and evidence files. */
@RestController
@Tag(name = "Case files", description = "A case's messages and evidence files, for its parties.")
class CaseFilesController {

    private final Messages messages;
    private final Evidence evidence;

    CaseFilesController(Messages messages, Evidence evidence) {
        this.messages = messages;
        this.evidence = evidence;
    }

    @Operation(operationId = "postMessage", summary = "Post a message on the case")
    @ApiResponse(responseCode = "201", description = "Posted: the message.")
    @PostMapping("/api/complaints/{id}/messages")
    ResponseEntity<Messages.Message> post(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody Messages.MessageRequest request) {
        Messages.Message message = messages.post(user, id, request);
        return ResponseEntity.created(URI.create("/api/complaints/" + id + "/messages")).body(message);
    }

    @Operation(operationId = "listMessages", summary = "Read the case's messages")
    @GetMapping("/api/complaints/{id}/messages")
    List<Messages.Message> messages(@AuthenticationPrincipal DeskUser user, @PathVariable String id) {
        return messages.of(user, id);
    }

    @Operation(operationId = "uploadEvidence", summary = "Upload an evidence file",
            description = "A multipart body: the `file` (an image: JPEG, PNG, GIF or WebP; a PDF; or an MP4 video; "
                    + "at most 10 MB, recognised by its content) and an optional `note`.")
    @ApiResponse(responseCode = "201", description = "Stored: the file's record, with its SHA-256.")
    @ApiResponse(responseCode = "413", description = "The file is over 10 MB.")
    @ApiResponse(responseCode = "415", description = "The file is not an image, a PDF or an MP4 video.")
    @ApiResponse(responseCode = "422", description = "The case already holds the most evidence files allowed.")
    @PostMapping(path = "/api/complaints/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Evidence.Item> upload(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @RequestPart("file") MultipartFile file,
            @RequestParam(name = "note", required = false) @Size(max = 1000) String note) throws IOException {
        String fileName = ClientText.field("file", file.getOriginalFilename());
        Evidence.Item item = evidence.add(user, id, fileName, file.getBytes(), note);
        return ResponseEntity.created(URI.create("/api/complaints/" + id + "/evidence/" + item.id())).body(item);
    }

    @Operation(operationId = "listEvidence", summary = "List the case's evidence files")
    @GetMapping("/api/complaints/{id}/evidence")
    List<Evidence.Item> evidence(@AuthenticationPrincipal DeskUser user, @PathVariable String id) {
        return evidence.of(user, id);
    }

    @Operation(operationId = "downloadEvidence", summary = "Download an evidence file",
            description = "The file as uploaded, with the media type recognised from its content.")
    @ApiResponse(responseCode = "200", description = "The file.", headers = {
            @Header(name = "Content-Disposition", description = "An attachment, with the file's name.",
                    schema = @Schema(type = "string")),
            @Header(name = "X-Content-SHA256", description = "The file's SHA-256, in hexadecimal.",
                    schema = @Schema(type = "string"))},
            content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/gif", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "video/mp4", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/mp4", schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "410", description = "The file was erased with the case's personal data.")
    @GetMapping("/api/complaints/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @PathVariable long evidenceId) {
        Evidence.File file = evidence.download(user, id, evidenceId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.item().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.item().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", file.item().sha256())
                .body(file.content());
    }
}
