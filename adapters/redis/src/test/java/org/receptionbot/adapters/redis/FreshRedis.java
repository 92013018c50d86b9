package org.receptionbot.adapters.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * One embedded Redis for a test class, emptied before each call of {@link #template()}: what a
 * contract test needs to get a fresh store. Register it as a static field with
 * {@code @RegisterExtension}.
 */
final class FreshRedis implements BeforeAllCallback, AfterAllCallback {
    private Path dataDir;
    private RedisFixture fixture;
    private StringRedisTemplate template;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("fresh-redis");
        fixture = new RedisFixture(dataDir);
        template = fixture.connect();
    }

    /** A client of the class's Redis, which holds no key. */
    StringRedisTemplate template() {
        template.execute(
                c -> {
                    c.serverCommands().flushAll();
                    return null;
                },
                true);
        return template;
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        fixture.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(FreshRedis::delete);
        }
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
