package org.disputedesk.bench;

import static org.disputedesk.bench.Bench.BUYERS;
import static org.disputedesk.bench.Bench.HTTP_BUYERS;
import static org.disputedesk.bench.Bench.OPEN_BATCH;
import static org.disputedesk.bench.Bench.ORDER;
import static org.disputedesk.bench.Bench.SEED_THREADS;
import static org.disputedesk.bench.Bench.check;
import static org.disputedesk.bench.Bench.log;
import static org.disputedesk.bench.Bench.secs;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.camunda.bpm.engine.RuntimeService;
import org.disputedesk.buyer.BuyerSteps;
import org.disputedesk.complaint.Category;
import org.disputedesk.buyer.ComplaintFiling;
import org.disputedesk.complaint.Complaint;
import org.disputedesk.complaint.Complaints;
import org.disputedesk.buyer.FilingRequest;
import org.disputedesk.complaint.Remedy;
import org.disputedesk.complaint.ShopDecision;
import org.disputedesk.complaint.Stage;
import org.disputedesk.process.ComplaintProcess;
import org.disputedesk.security.DeskUser;
import org.disputedesk.security.DeskUsers;
import org.disputedesk.shop.ShopSteps;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The operations the phases time, in process and over HTTP: an engine start, a filing, a whole
 * case from filing to closing; and the in-process filings that seed open cases. Each checks its
 * functional result, never its speed.
 */
record Workload(RuntimeService runtime, ComplaintFiling filing, Complaints complaints, ShopSteps shopSteps,
                BuyerSteps buyerSteps, DeskUsers users, TransactionTemplate tx, Load.Http http,
                Map<String, DeskUser> userCache) {

    private static final String[][] DEMO_SHOPS = {
            {"shop-hm-001", "shop1"}, {"shop-hm-002", "shop2"}, {"shop-dl-001", "shop3"}};

    /** A workload whose users are each loaded once, on their first operation. */
    Workload(RuntimeService runtime, ComplaintFiling filing, Complaints complaints, ShopSteps shopSteps,
             BuyerSteps buyerSteps, DeskUsers users, TransactionTemplate tx, Load.Http http) {
        this(runtime, filing, complaints, shopSteps, buyerSteps, users, tx, http, new ConcurrentHashMap<>());
    }

    void startRaw(Complaint c) {
        runtime.startProcessInstanceByKey(ComplaintProcess.KEY, c.id());
    }

    void fileOverHttp(String orderRef, int i) {
        String body = http.post(BulkSeeder.buyer(i % HTTP_BUYERS), "/api/complaints",
                filingJson(shop(i).id(), orderRef, Remedy.RETURN_AND_REFUND), 201);
        check("SHOP_RESPONSE".equals(Load.Http.stage(body)), "REST filing: case not at SHOP_RESPONSE: %s", body);
    }

    static String filingJson(String shopId, String orderRef, Remedy remedy) {
        String claimed = remedy == Remedy.REFUND ? "150.00" : "800.00";
        return """
                {"shopId":"%s","orderRef":"%s","category":"QUALITY_DEFECT","description":"Benchmark complaint",\
                "orderAmount":3000.00,"claimedAmount":%s,"desiredRemedy":"%s"}""".formatted(shopId, orderRef,
                claimed, remedy.name());
    }

    /**
     * Files {@code n} cases through ComplaintFiling, OPEN_BATCH filings per transaction (the filings join
     * the outer transaction): the same rows, timeline and processes, but one H2 commit per batch, since
     * with WRITE_DELAY=0 each commit rewrites the MVStore's changed pages and one filing per commit
     * is far too slow to seed 100,000 open cases.
     */
    void fileInProcess(int n, String prefix, IntFunction<Remedy> remedyOf) {
        if (n == 0) {
            return;
        }
        long t0 = System.nanoTime();
        int batches = (n + OPEN_BATCH - 1) / OPEN_BATCH;
        AtomicInteger doneBatches = new AtomicInteger();
        Load.run(batches, SEED_THREADS, null, (t, b) -> {
            tx.executeWithoutResult(st -> {
                for (int i = b * OPEN_BATCH; i < Math.min(n, (b + 1) * OPEN_BATCH); i++) {
                    Remedy remedy = remedyOf.apply(i);
                    filing.file(user(BulkSeeder.buyer(i % BUYERS)), new FilingRequest(shop(i).id(), prefix + i,
                            Category.QUALITY_DEFECT, "Benchmark open complaint", ORDER,
                            remedy == Remedy.REFUND ? new BigDecimal("150.00") : new BigDecimal("800.00"), remedy,
                            null), null);
                }
            });
            int d = doneBatches.incrementAndGet();
            if (d % Math.max(1, 5000 / OPEN_BATCH) == 0) {
                log("  %s: %d of %d filed, %.0f/s", prefix, d * OPEN_BATCH, n, d * OPEN_BATCH / secs(t0));
            }
        });
    }

    void engineLifecycle(String orderRef, int i) {
        String[] shop = DEMO_SHOPS[i % 3];
        DeskUser buyer = user(BulkSeeder.buyer(i % HTTP_BUYERS));
        DeskUser operator = user(shop[1]);
        String id = filing.file(buyer, new FilingRequest(shop[0], orderRef, Category.QUALITY_DEFECT,
                "Benchmark lifecycle", ORDER, new BigDecimal("800.00"), Remedy.RETURN_AND_REFUND, null), null)
                .complaint().id();
        shopSteps.respond(operator, id, new ShopSteps.ResponseRequest(ShopDecision.ACCEPT, null, null,
                "We accept."));
        shopSteps.fulfil(operator, id, new ShopSteps.FulfilmentRequest("Refund transaction " + i));
        buyerSteps.confirmReceipt(buyer, id, new BuyerSteps.ReceiptRequest(true, null));
        Stage stage = complaints.find(id).orElseThrow().stage();
        check(stage == Stage.CLOSED, "in-process lifecycle: case %s ended at %s, not CLOSED", id, stage);
    }

    void httpLifecycle(String orderRef, int i) {
        String[] shop = DEMO_SHOPS[i % 3];
        String buyer = BulkSeeder.buyer(i % HTTP_BUYERS);
        String id = Load.Http.id(http.post(buyer, "/api/complaints",
                filingJson(shop[0], orderRef, Remedy.RETURN_AND_REFUND), 201));
        http.post(shop[1], "/api/complaints/" + id + "/shop-response",
                "{\"decision\":\"ACCEPT\",\"message\":\"We accept.\"}", 200);
        http.post(shop[1], "/api/complaints/" + id + "/fulfilment", "{\"proof\":\"Refund transaction " + i + "\"}",
                200);
        String end = http.post(buyer, "/api/complaints/" + id + "/receipt", "{\"received\":true}", 200);
        check("CLOSED".equals(Load.Http.stage(end)), "HTTP lifecycle: case %s ended at %s", id, Load.Http.stage(end));
    }

    /** The seeded shop the {@code i}-th case is filed against, spread over all of them. */
    static BulkSeeder.Shop shop(int i) {
        return BulkSeeder.SHOPS.get(Math.floorMod(i * 7 + i / 23, BulkSeeder.SHOPS.size()));
    }

    private DeskUser user(String name) {
        return userCache.computeIfAbsent(name, users::loadUserByUsername);
    }
}
