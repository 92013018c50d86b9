package org.receptionbot.adapters.redis;

import java.util.function.Supplier;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;

/**
 * One more try of a write that carries its own call id, after a lost connection or a timeout: Redis
 * may have run it, and the same call run again tells so (see {@link Once}). Only for such writes.
 */
final class Retry {
    private static final long PAUSE_MILLIS = 500;

    private Retry() {}

    static <T> T once(Supplier<T> write) {
        try {
            return write.get();
        } catch (DataAccessResourceFailureException | QueryTimeoutException e) {
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw e;
            }
            return write.get();
        }
    }
}
