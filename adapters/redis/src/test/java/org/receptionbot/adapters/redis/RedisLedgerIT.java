package org.receptionbot.adapters.redis;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.testing.LedgerContract;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The Redis ledger keeps the contract every ledger keeps, on a real (embedded) Redis. */
class RedisLedgerIT extends LedgerContract {
    @TempDir
    static Path dataDir;

    private static RedisFixture fixture;
    private static StringRedisTemplate template;

    @BeforeAll
    static void start() {
        fixture = new RedisFixture(dataDir);
        template = fixture.connect();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Override
    protected Ledger ledger() {
        template.execute(
                c -> {
                    c.serverCommands().flushAll();
                    return null;
                },
                true);
        return RedisStore.ledger(template);
    }
}
