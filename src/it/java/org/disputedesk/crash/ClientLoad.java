package org.disputedesk.crash;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients, half of them as buyer1 and half as buyer2, each sending one request after another until stopped,
 * and how many requests are in flight at any moment. What a request is, and what its answer means, is the
 * caller's.
 */
public final class ClientLoad {

    /** One request: the buyer who sends it and its number in the whole load, from 1. */
    public interface Request {
        void send(String buyer, int n) throws Exception;
    }

    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger sequence = new AtomicInteger();
    private final ExecutorService clients;
    private final List<Future<?>> loops = new ArrayList<>();

    public ClientLoad(int count, Request request) {
        clients = Executors.newFixedThreadPool(count);
        for (int c = 0; c < count; c++) {
            String buyer = c % 2 == 0 ? "buyer1" : "buyer2";
            loops.add(clients.submit(() -> {
                while (!stop.get()) {
                    int n = sequence.incrementAndGet();
                    inFlight.incrementAndGet();
                    try {
                        request.send(buyer, n);
                    } finally {
                        inFlight.decrementAndGet();
                    }
                }
                return null;
            }));
        }
    }

    public int inFlight() {
        return inFlight.get();
    }

    /** Lets each client finish its request, then fails with the first request that threw. */
    public void stop() throws Exception {
        stop.set(true);
        clients.shutdown();
        assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS), "client threads did not stop");
        for (Future<?> loop : loops) {
            loop.get();
        }
    }
}
