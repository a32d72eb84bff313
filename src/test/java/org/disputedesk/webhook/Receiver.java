package org.disputedesk.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A park's system receiving webhooks, on a random port of this machine: it keeps every request and
 * answers each with the status {@code answer} gives for the how-manieth attempt of its
 * {@code webhook-id} it is (1 for the first). Its signature check is written from the Standard
 * Webhooks specification, independently of the application's signer.
 */
public final class Receiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Received(String id, String timestamp, String signature, String contentType, String body,
                           Instant at) {

        /**
         * Whether one of the signatures of {@code webhook-signature} (space-separated, each
         * {@code v1,<base64>}) is the HMAC-SHA256 of {@code id.timestamp.body} under the key that
         * {@code secret} encodes after {@code whsec_}.
         */
        public boolean signedWith(String secret) {
            try {
                Mac hmac = Mac.getInstance("HmacSHA256");
                hmac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                        "HmacSHA256"));
                String content = id + "." + timestamp + "." + body;
                String expected = "v1," + Base64.getEncoder()
                        .encodeToString(hmac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
                return Arrays.asList(signature.split(" ")).contains(expected);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final IntUnaryOperator answer;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    private Receiver(IntUnaryOperator answer) {
        this.answer = answer;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** A receiver answering {@code answer.applyAsInt(attempt)} to each attempt of a message. */
    public static Receiver answering(IntUnaryOperator answer) {
        return new Receiver(answer);
    }

    /** A receiver that takes every message at once. */
    public static Receiver accepting() {
        return new Receiver(attempt -> 204);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests whose body names {@code complaintId}. */
    public List<Received> about(String complaintId) {
        return received.stream().filter(r -> r.body().contains("\"" + complaintId + "\"")).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            received.add(new Received(id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    exchange.getRequestHeaders().getFirst("content-type"), body, Instant.now()));
            int attempt = attempts.computeIfAbsent(String.valueOf(id), key -> new AtomicInteger()).incrementAndGet();
            int status = answer.applyAsInt(attempt);
            if (status / 100 == 3) {
                exchange.getResponseHeaders().add("Location", url() + "/elsewhere");
            }
            exchange.sendResponseHeaders(status, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
