package org.disputedesk.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Sends messages as Standard Webhooks 1.0 says: a POST of the JSON body with {@code webhook-id},
 * {@code webhook-timestamp} (the attempt's, in Unix seconds) and {@code webhook-signature}. A 2xx
 * answer within 10 s is a delivery; anything else is not, a redirect included, which is never
 * followed (it could lead where the webhook may not send).
 */
@Component
class WebhookSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Targets targets;
    private final ExecutorService senders;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();

    WebhookSender(Targets targets, WebhookSettings settings) {
        this.targets = targets;
        this.senders = Executors.newFixedThreadPool(settings.senders(), new CustomizableThreadFactory("webhook-"));
    }

    /** Sends the messages side by side: each answer's status in their order, null where none came in time. */
    List<Integer> sendAll(List<Deliveries.Due> messages) {
        List<Future<Integer>> sent = new ArrayList<>();
        messages.forEach(message -> sent.add(senders.submit(() -> send(message))));
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : sent) {
            try {
                statuses.add(status.get());
            } catch (ExecutionException e) {
                log.warn("A webhook message could not be sent", e.getCause());
                statuses.add(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                statuses.add(null);
            }
        }
        return statuses;
    }

    private Integer send(Deliveries.Due message) throws InterruptedException {
        URI url = URI.create(message.url());
        if (targets.refusal(url).isPresent()) {
            return null;
        }
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("content-type", "application/json")
                .header("webhook-id", message.messageId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", Signatures.sign(message.secret(), message.messageId(), timestamp,
                        message.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(message.payload())).build();
        try {
            HttpResponse<InputStream> answer = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            // unread: closing the stream ends the exchange, however much a receiver would send
            answer.body().close();
            return answer.statusCode();
        } catch (IOException e) {
            log.debug("No answer from webhook {}: {}", url, e.toString());
            return null;
        }
    }

    @Override
    public void destroy() {
        senders.shutdownNow();
    }
}
