package org.receptionbot.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.ledger.IssueBook;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.ledger.Source;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Issue tickets across a restart of the embedded Redis. What every issue book, binding store and
 * store of pending questions must do is checked by their contracts ({@code RedisIssueBookIT},
 * {@code RedisBindingsIT}, {@code RedisPendingQuestionsIT}).
 */
class RedisBookkeepingIT {
    private static final ChatRef GROUP = new ChatRef("telegram", "-100");
    private static final Instant AT = Instant.parse("2026-11-22T02:00:00Z");
    private static final Source SOURCE = new Source("telegram:-100:7", GROUP, "7", "1001", "李娜", AT);

    @TempDir
    Path dataDir;

    private RedisFixture fixture;

    @AfterEach
    void stop() {
        disconnect();
    }

    @Test
    void issueTicketsKeepTheirLoopAndNumbersAcrossARestart() {
        IssueBook book = RedisStore.issueBook(connect());
        int first = book.nextNumber();
        IssueTicket ticket = IssueTicket.open(first, new Issue(IssueCategory.ROOM, "hunan", "房间没热水"), "e#0", SOURCE)
                .acknowledge(new IssueTicket.Step("9", "田主任", AT.plusSeconds(60)))
                .resolve(new IssueTicket.Step("9", "田主任", AT.plusSeconds(600)), "已修好");
        book.save(ticket);
        disconnect();

        IssueBook after = RedisStore.issueBook(connect());

        assertThat(after.find(first)).contains(ticket);
        assertThat(after.findByEntry("e#0")).contains(ticket);
        assertThat(after.all()).containsExactly(ticket);
        assertThat(after.nextNumber()).isEqualTo(first + 1);
    }

    private StringRedisTemplate connect() {
        if (fixture == null) fixture = new RedisFixture(dataDir);
        return fixture.connect();
    }

    private void disconnect() {
        if (fixture != null) fixture.close();
    }
}
