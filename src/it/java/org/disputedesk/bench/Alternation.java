package org.disputedesk.bench;

import static org.disputedesk.bench.Bench.ROUNDS;

import java.util.function.IntFunction;

/**
 * An in-process and an HTTP series measured in alternating rounds, so that whatever drifts during
 * a phase (compilation, autovacuum, the machine's other load) weighs on both sides of their
 * quotient.
 */
final class Alternation {

    /** One side of an alternated measurement: its load threads, its latencies, its operations from an offset. */
    record Series(int threads, Figures.Latencies latencies, IntFunction<Load.Op> from) {
        Load.Run round(int n, int offset) {
            return Load.timed(n, threads, latencies, from.apply(offset));
        }
    }

    record Alternated(Load.Run engine, Load.Run http) {
        /** HTTP throughput over in-process throughput, the whole phase. */
        double ratio() {
            return http.perSecond() / engine.perSecond();
        }
    }

    private final Figures figures;
    private final BenchDatabase db;

    Alternation(Figures figures, BenchDatabase db) {
        this.figures = figures;
        this.db = db;
    }

    /**
     * {@code n} operations of each series in ROUNDS rounds, the in-process one first in rounds 1, 3, …
     * and the HTTP one first in rounds 2, 4, …; each round's own quotient goes into the figures as
     * {@code <ratioKey>_round_<r>}.
     */
    Alternated alternate(String ratioKey, int n, Series engine, Series http) {
        Load.Run engineRuns = Load.Run.NONE;
        Load.Run httpRuns = Load.Run.NONE;
        int perRound = n / ROUNDS;
        for (int round = 0; round < ROUNDS; round++) {
            int from = round * perRound;
            Load.Run e;
            Load.Run h;
            if (round % 2 == 0) {
                e = withWal(engine, perRound, from);
                h = withWal(http, perRound, from);
            } else {
                h = withWal(http, perRound, from);
                e = withWal(engine, perRound, from);
            }
            figures.put(ratioKey + "_round_" + (round + 1), h.perSecond() / e.perSecond());
            engineRuns = engineRuns.plus(e);
            httpRuns = httpRuns.plus(h);
        }
        figures.put(ratioKey + "_rounds", ROUNDS);
        return new Alternated(engineRuns, httpRuns);
    }

    /** One round of {@code series} and the WAL it wrote. */
    private Load.Run withWal(Series series, int n, int from) {
        long wal0 = db.walPosition();
        Load.Run run = series.round(n, from);
        return run.withWalBytes(db.walPosition() - wal0);
    }
}
