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
 * need not be read back, or written row by row. Outside a transaction nothing is remembered. No
 * transaction here suspends another (REQUIRES_NEW): one that did would see the outer
 * transaction's values too.
 */
final class TransactionMemo<V> {

    private final Consumer<Collection<V>> beforeCommit;

    TransactionMemo() {
        this(values -> { });
    }

    /** {@code beforeCommit} receives what is remembered just before the transaction commits. */
    TransactionMemo(Consumer<Collection<V>> beforeCommit) {
        this.beforeCommit = beforeCommit;
    }

    V get(String complaintId) {
        Map<String, V> values = values();
        return values == null ? null : values.get(complaintId);
    }

    /** Remembers {@code value}; false outside a transaction, where nothing is remembered. */
    boolean put(String complaintId, V value) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return false;
        }
        Map<String, V> values = values();
        if (values == null) {
            values = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, values);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    drain();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this);
                }
            });
        }
        values.put(complaintId, value);
        return true;
    }

    /** Hands what is remembered to {@code beforeCommit} now, and forgets it. */
    void drain() {
        Map<String, V> values = values();
        if (values != null && !values.isEmpty()) {
            List<V> taken = List.copyOf(values.values());
            values.clear();
            beforeCommit.accept(taken);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, V> values() {
        return (Map<String, V>) TransactionSynchronizationManager.getResource(this);
    }
}
