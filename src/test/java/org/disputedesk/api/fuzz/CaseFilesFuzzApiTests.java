package org.disputedesk.api.fuzz;

import static org.disputedesk.api.fuzz.Fuzzer.PASSWORD;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputedesk.SampleInputs;
import org.disputedesk.api.fuzz.Fuzzer.CaseInfo;
import org.disputedesk.api.fuzz.Fuzzer.Fixture;
import org.disputedesk.api.fuzz.Probe.Validity;
import org.disputedesk.api.fuzz.Probe.Write;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A case's files fuzzed: messages from every party, and evidence uploads that are empty, random
 * bytes, text named like an image, oversized, broken multipart, not multipart at all, or valid
 * images under hostile file names and notes.
 */
class CaseFilesFuzzApiTests extends ApiFuzzing {

    /** A case at every stage and just-filed ones against every shop, filed afresh for each test. */
    @BeforeEach
    void fileCases() {
        fuzz.casesAtEveryStage();
        fuzz.more(Fixture.SHOP_RESPONSE, 22);
    }

    @Test
    void messages() {
        fuzz.run("messages", 280, () -> probes.jsonStep("messages", fuzz.pickCase(null),
                List.of("BUYER", "SHOP", "MEDIATOR", "COMMITTEE"), Write.MESSAGE,
                () -> bodies.object(bodies.text("text", true, 4000))));
    }

    @Test
    void evidence() {
        fuzz.run("evidence", 250, this::evidenceProbe);
    }

    private Probe evidenceProbe() {
        CaseInfo target = fuzz.pickCase(null);
        String path = "/api/complaints/" + target.id() + "/evidence";
        String user = probes.rightUser(target, List.of("BUYER", "SHOP", "MEDIATOR"));
        double roll = random.nextDouble();
        if (roll < 0.06) {
            Multipart upload = new Multipart(random).file("file", "a.png", "image/png", SampleInputs.tinyPng());
            return probes.anonymous("evidence", "POST", path, upload.bytes(), upload.contentType());
        }
        if (roll < 0.12) {
            Multipart upload = new Multipart(random).file("file", "a.png", "image/png", SampleInputs.tinyPng());
            return new Probe("evidence", "wrong role", "POST", path, random.pick(List.of("committee1", "admin")),
                    PASSWORD, upload.contentType(), upload.bytes(), Map.of(), Validity.INVALID_4XX, Set.of(403, 404),
                    Write.NONE);
        }
        if (roll < 0.17) {
            String type = random.pick(Arrays.asList("application/json", "text/plain", null,
                    "application/octet-stream", "application/x-www-form-urlencoded"));
            return new Probe("evidence", "not multipart: " + type, "POST", path, user, PASSWORD, type,
                    SampleInputs.tinyPng(), Map.of(), Validity.INVALID_4XX, Set.of(415), Write.NONE);
        }
        if (roll < 0.22) {
            Multipart upload = new Multipart(random).file("file", "a.png", "image/png", SampleInputs.tinyPng());
            byte[] whole = upload.bytes();
            byte[] broken = switch (random.nextInt(3)) {
                case 0 -> Arrays.copyOf(whole, whole.length / 2);
                case 1 -> "--nope\r\nContent-Disposition: form-data\r\n\r\n".getBytes(StandardCharsets.UTF_8);
                default -> new byte[0];
            };
            return new Probe("evidence", "broken multipart", "POST", path, user, PASSWORD, upload.contentType(),
                    broken, Map.of(), Validity.INVALID_4XX, Set.of(400), Write.NONE);
        }
        if (roll < 0.24) {
            Multipart upload = new Multipart(random).file("file", "big.png", "image/png",
                    Arrays.copyOf(SampleInputs.tinyPng(), 10 * 1024 * 1024 + 1));
            return new Probe("evidence", "over 10 MB", "POST", path, user, PASSWORD, upload.contentType(),
                    upload.bytes(), Map.of(), Validity.INVALID_4XX, Set.of(413), Write.NONE);
        }
        Multipart upload = new Multipart(random);
        Validity validity = Validity.VALID;
        Set<Integer> expected = null;
        String label;
        String name = random.pick(List.of("photo.png", "../../etc/passwd", "a\u0000b.png", "😀.jpg",
                "x".repeat(300) + ".pdf", "", "  ", "<script>.png", "${7*7}.gif", "C:\\fakepath\\label.jpg",
                "\u202Egnp.exe"));
        switch (random.nextInt(10)) {
            case 0 -> {
                label = "empty file";
                upload.file("file", name, "image/png", new byte[0]);
                validity = Validity.INVALID_4XX;
                expected = Set.of(400, 415);
            }
            case 1 -> {
                label = "random bytes";
                byte[] junk = new byte[1 + random.nextInt(4096)];
                random.nextBytes(junk);
                junk[0] = 0x01;
                upload.file("file", name, "application/octet-stream", junk);
                validity = Validity.INVALID_4XX;
                // 400 when the picked name itself is unreadable (a NUL), 415 for the content
                expected = Set.of(400, 415);
            }
            case 2 -> {
                label = "text named .png";
                upload.file("file", "label.png", "image/png", ("just text " + random.text())
                        .getBytes(StandardCharsets.UTF_8));
                validity = Validity.INVALID_4XX;
                expected = Set.of(415);
            }
            case 3 -> {
                label = "pdf header with junk";
                byte[] junk = new byte[random.nextInt(2048)];
                random.nextBytes(junk);
                upload.file("file", name, "application/pdf",
                        Multipart.concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), junk));
                validity = Validity.LENIENT;
            }
            case 4 -> {
                label = "missing file part";
                upload.field("note", "no file");
                if (random.nextBoolean()) {
                    upload.file("files", "a.png", "image/png", SampleInputs.tinyPng());
                }
                validity = Validity.INVALID_400;
            }
            case 5 -> {
                String note = random.nextBoolean() ? "n".repeat(1001) : "😀".repeat(501);
                label = "note over 1000";
                upload.file("file", "a.png", "image/png", SampleInputs.tinyPng()).field("note", note);
                validity = Validity.INVALID_400;
            }
            default -> {
                String note = random.nextBoolean() ? null : random.nextBoolean() ? "n".repeat(1000) : random.text();
                label = "valid image" + (note == null ? "" : " with note");
                byte[] content = random.pick(List.of(SampleInputs.tinyPng(), Multipart.jpeg(), Multipart.gif(),
                        Multipart.pdf()));
                upload.file("file", name, random.pick(List.of("image/png", "application/octet-stream", "text/plain")),
                        content);
                if (name.isBlank()) {
                    validity = Validity.LENIENT; // a file name a browser would not send
                }
                if (Bodies.refusesText(name)) {
                    validity = Validity.INVALID_400;
                    label = "file name with a refused character";
                }
                if (note != null) {
                    upload.field("note", note);
                    if (Bodies.textValidity(note, false, 1000) == Validity.INVALID_400) {
                        validity = Validity.INVALID_400;
                        label = "note refused";
                    }
                }
            }
        }
        return new Probe("evidence", label, "POST", path, user, PASSWORD, upload.contentType(), upload.bytes(),
                Map.of(), validity, expected, Write.EVIDENCE);
    }
}
