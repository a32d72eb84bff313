package org.disputedesk.complaint;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values remembered by case until the current transaction ends, so that what a transaction wrote
 * need not be read back, nor written row by row or a row in parts. Outside a transaction nothing is remembered. No
 * transaction here suspends another (REQUIRES_NEW): one that did would see the outer
 * transaction's values too.
 */
final class TransactionMemo<V> {

    private final Consumer<Collection<V>> beforeCommit;
    /** Whether values are handed over at commit; a memo that only spares a read may lose them then. */
    private final boolean handsOver;

    TransactionMemo() {
        this.beforeCommit = values -> { };
        this.handsOver = false;
    }

    /** {@code beforeCommit} receives what is remembered just before the transaction commits. */
    TransactionMemo(Consumer<Collection<V>> beforeCommit) {
        this.beforeCommit = beforeCommit;
        this.handsOver = true;
    }

    V get(String complaintId) {
        Remembered<V> remembered = remembered();
        return remembered == null ? null : remembered.values.get(complaintId);
    }

    /** Remembers {@code value}; false outside a transaction, where nothing is remembered. */
    boolean put(String complaintId, V value) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return false;
        }
        Remembered<V> remembered = remembered();
        if (remembered == null) {
            remembered = new Remembered<>();
            TransactionSynchronizationManager.bindResource(this, remembered);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    drain();
                    remembered().committing = true;
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this);
                }
            });
        }
        if (remembered.committing && handsOver) {
            // what arrives now would miss the commit's hand-over: fail the commit rather than lose it
            throw new IllegalStateException("Remembered while the transaction commits: " + complaintId);
        }
        remembered.values.put(complaintId, value);
        return true;
    }

    /** Forgets the value of {@code complaintId}. */
    void remove(String complaintId) {
        Remembered<V> remembered = remembered();
        if (remembered != null) {
            remembered.values.remove(complaintId);
        }
    }

    /** Hands what is remembered to {@code beforeCommit} now, and forgets it. */
    void drain() {
        Remembered<V> remembered = remembered();
        if (remembered != null && !remembered.values.isEmpty()) {
            List<V> taken = List.copyOf(remembered.values.values());
            remembered.values.clear();
            beforeCommit.accept(taken);
        }
    }

    @SuppressWarnings("unchecked")
    private Remembered<V> remembered() {
        return (Remembered<V>) TransactionSynchronizationManager.getResource(this);
    }

    /** One transaction's values, and whether it has begun to commit. */
    private static final class Remembered<V> {
        final Map<String, V> values = new HashMap<>();
        boolean committing;
    }
}
