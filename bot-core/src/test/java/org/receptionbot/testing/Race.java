package org.receptionbot.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs one call from several threads released at the same moment, for the contracts' claim-once promises. */
public final class Race {
    private Race() {}

    /** The results of {@code callers} threads making {@code call} at once, in no particular order. */
    public static <T> List<T> of(int callers, Callable<T> call) {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch ready = new CountDownLatch(callers);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) results.add(f.get(30, TimeUnit.SECONDS));
            return results;
        } catch (Exception e) {
            throw new IllegalStateException("a racing call failed", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
