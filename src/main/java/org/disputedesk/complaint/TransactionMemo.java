package org.disputedesk.complaint;

import java.util.HashMap;
import java.util.Map;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values remembered by case until the current transaction ends, so that what a transaction wrote
 * need not be read back. Outside a transaction nothing is remembered. No transaction here suspends
 * another (REQUIRES_NEW): one that did would see the outer transaction's values too.
 */
final class TransactionMemo<V> {

    V get(String complaintId) {
        Map<String, V> values = values();
        return values == null ? null : values.get(complaintId);
    }

    void put(String complaintId, V value) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Map<String, V> values = values();
        if (values == null) {
            values = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, values);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this);
                }
            });
        }
        values.put(complaintId, value);
    }

    @SuppressWarnings("unchecked")
    private Map<String, V> values() {
        return (Map<String, V>) TransactionSynchronizationManager.getResource(this);
    }
}
