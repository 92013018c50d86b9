package org.receptionbot.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.ledger.CachingLedger;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.ledger.Source;
import org.receptionbot.record.MealCount;
import org.receptionbot.reminder.ReminderStore;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The store on a real redis-server that fails under it: a reply cut after Redis ran the command
 * (the client re-sends it after reconnecting), a pause longer than the command timeout, a kill and
 * a restart on the same append-only file. Every message is applied once, and the cached board is
 * what Redis holds.
 */
class RedisFaultsIT {
    private static final ChatRef GROUP = new ChatRef("telegram", "-100");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private static final Instant AT = Instant.parse("2026-11-22T01:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    @TempDir
    Path dataDir;

    private RedisFixture redis;
    private CuttingProxy proxy;

    @BeforeEach
    void start() {
        redis = new RedisFixture(dataDir);
        redis.start();
        proxy = new CuttingProxy(redis.port);
    }

    @AfterEach
    void stop() {
        proxy.close();
        redis.close();
    }

    @Test
    void anAppendWhoseReplyWasCutAfterRedisRanItIsAppliedOnceAndReportedAsApplied() {
        StringRedisTemplate client = redis.template(proxy.port(), Duration.ofSeconds(5));
        CachingLedger cache = new CachingLedger(RedisStore.ledger(client));
        assertThat(cache.append(key("m1"), entries("m1", 30))).isTrue();
        assertThat(cache.day(DAY).active()).hasSize(1);

        proxy.cutNextReply();
        assertThat(cache.append(key("m2"), entries("m2", 29))).isTrue();

        assertThat(proxy.cuts()).isEqualTo(1);
        assertThat(cache.day(DAY).active()).containsExactlyElementsOf(all("m1", 30, "m2", 29));
        assertThat(fresh().day(DAY)).isEqualTo(cache.day(DAY));
        assertThat(cache.append(key("m2"), entries("m2", 29))).isFalse();
    }

    @Test
    void aClaimATakeAndAReminderRemovalWhoseReplyWasCutStillGoToTheirCaller() {
        StringRedisTemplate client = redis.template(proxy.port(), Duration.ofSeconds(5));
        var said = RedisStore.saidOnce(client);
        PendingQuestions pending = RedisStore.pendingQuestions(client);
        ReminderStore reminders = RedisStore.reminderStore(client);
        assertThat(said.claim("briefing:2026-11-21")).isTrue();
        Pending.Confirmation question =
                new Pending.Confirmation(List.of(new MealCount("hunan", DAY, "LUNCH", 500)), source("m1"));
        pending.put("confirm:a", question, AT.plusSeconds(600));
        pending.put("confirm:b", question, AT.plusSeconds(600));
        assertThat(pending.take("confirm:b", AT)).contains(question);
        var reminder = reminders.add(AT.plusSeconds(60), "各代表团带好参赛证", "王");
        reminders.remove(reminders.add(AT, "warm-up", "王").id());

        proxy.cutNextReply();
        assertThat(said.claim("briefing:2026-11-22")).isTrue();
        proxy.cutNextReply();
        assertThat(pending.take("confirm:a", AT)).contains(question);
        proxy.cutNextReply();
        assertThat(reminders.remove(reminder.id())).contains(reminder);

        assertThat(proxy.cuts()).isEqualTo(3);
        assertThat(said.claim("briefing:2026-11-22")).isFalse();
        assertThat(pending.take("confirm:a", AT)).isEmpty();
        assertThat(reminders.remove(reminder.id())).isEmpty();
    }

    @Test
    void anAppendThatTimedOutWhileRedisWasPausedIsAppliedOnceAndTheCacheShowsIt() {
        StringRedisTemplate client = redis.template(redis.port, TIMEOUT);
        CachingLedger cache = new CachingLedger(RedisStore.ledger(client));
        cache.append(key("m1"), entries("m1", 30));
        assertThat(cache.day(DAY).active()).hasSize(1);

        redis.pause();
        assertThatThrownBy(() -> cache.append(key("m2"), entries("m2", 29))).isInstanceOf(DataAccessException.class);
        redis.resume();

        assertThat(cache.day(DAY).active()).containsExactlyElementsOf(all("m1", 30, "m2", 29));
        assertThat(cache.append(key("m2"), entries("m2", 29))).isFalse();
        assertThat(cache.day(DAY)).isEqualTo(fresh().day(DAY));
    }

    @Test
    void appendsSurviveAKillAndARestartOnTheSameAppendOnlyFile() {
        StringRedisTemplate client = redis.template(redis.port, TIMEOUT);
        CachingLedger cache = new CachingLedger(RedisStore.ledger(client));
        cache.append(key("m1"), entries("m1", 30));
        cache.day(DAY);

        redis.kill();
        assertThatThrownBy(() -> cache.append(key("m2"), entries("m2", 29))).isInstanceOf(DataAccessException.class);
        redis.start();

        assertThat(cache.append(key("m2"), entries("m2", 29))).isTrue();
        assertThat(cache.append(key("m1"), entries("m1", 30))).isFalse();
        assertThat(cache.day(DAY).active()).containsExactlyElementsOf(all("m1", 30, "m2", 29));
        assertThat(fresh().day(DAY)).isEqualTo(cache.day(DAY));
    }

    private Ledger fresh() {
        return RedisStore.ledger(redis.template(redis.port, Duration.ofSeconds(5)));
    }

    private static String key(String messageId) {
        return source(messageId).messageKey();
    }

    private static Source source(String messageId) {
        return new Source("telegram:-100:" + messageId, GROUP, messageId, "1001", "李娜", AT);
    }

    private static List<Entry> entries(String messageId, int count) {
        Source s = source(messageId);
        return List.of(new Entry(s.messageKey() + "#0", DAY, new MealCount("hunan", DAY, "LUNCH", count), s, false));
    }

    private static List<Entry> all(String first, int firstCount, String second, int secondCount) {
        List<Entry> out = new ArrayList<>(entries(first, firstCount));
        out.addAll(entries(second, secondCount));
        return out;
    }
}
