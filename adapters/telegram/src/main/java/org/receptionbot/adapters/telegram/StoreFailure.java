package org.receptionbot.adapters.telegram;

import org.springframework.dao.DataAccessException;

/** Tells a failure of the store (Redis unreachable, slow or refusing writes) from a failure of the update. */
final class StoreFailure {
    private StoreFailure() {}

    static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessException) return true;
        }
        return false;
    }
}
