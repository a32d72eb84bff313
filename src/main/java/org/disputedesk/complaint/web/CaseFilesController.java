package org.disputedesk.complaint.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.disputedesk.complaint.Evidence;
import org.disputedesk.complaint.Messages;
import org.disputedesk.security.DeskUser;
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

/** A case's messages and evidence files. */
@RestController
class CaseFilesController {

    private final Messages messages;
    private final Evidence evidence;

    CaseFilesController(Messages messages, Evidence evidence) {
        this.messages = messages;
        this.evidence = evidence;
    }

    @PostMapping("/api/complaints/{id}/messages")
    ResponseEntity<Messages.Message> post(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @Valid @RequestBody Messages.MessageRequest request) {
        Messages.Message message = messages.post(user, id, request);
        return ResponseEntity.created(URI.create("/api/complaints/" + id + "/messages")).body(message);
    }

    @GetMapping("/api/complaints/{id}/messages")
    List<Messages.Message> messages(@AuthenticationPrincipal DeskUser user, @PathVariable String id) {
        return messages.of(user, id);
    }

    @PostMapping(path = "/api/complaints/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Evidence.Item> upload(@AuthenticationPrincipal DeskUser user, @PathVariable String id,
            @RequestPart("file") MultipartFile file,
            @RequestParam(name = "note", required = false) @Size(max = 1000) String note) throws IOException {
        Evidence.Item item = evidence.add(user, id, file.getOriginalFilename(), file.getBytes(), note);
        return ResponseEntity.created(URI.create("/api/complaints/" + id + "/evidence/" + item.id())).body(item);
    }

    @GetMapping("/api/complaints/{id}/evidence")
    List<Evidence.Item> evidence(@AuthenticationPrincipal DeskUser user, @PathVariable String id) {
        return evidence.of(user, id);
    }

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
