package org.receptionbot.adapters.redis;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.testing.LedgerContract;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The Redis ledger keeps the contract every ledger keeps, on a real (embedded) Redis. */
class RedisLedgerIT extends LedgerContract {
    @TempDir
    static Path dataDir;

    private static EmbeddedRedis redis;
    private static LettuceConnectionFactory connections;
    private static StringRedisTemplate template;

    @BeforeAll
    static void start() {
        redis = EmbeddedRedis.start(dataDir, EmbeddedRedis.freePort());
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(redis.host(), redis.port()));
        connections.afterPropertiesSet();
        connections.start();
        template = new StringRedisTemplate(connections);
    }

    @AfterAll
    static void stop() {
        connections.destroy();
        redis.close();
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
