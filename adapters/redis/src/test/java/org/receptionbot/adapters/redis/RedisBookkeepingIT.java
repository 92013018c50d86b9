package org.receptionbot.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.ledger.ActualCount;
import org.receptionbot.ledger.Binding;
import org.receptionbot.ledger.IssueBook;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.ledger.Source;
import org.receptionbot.message.Gap;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Issues, bindings and pending questions in a real (embedded) Redis, and across its restart. */
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

    @Test
    void bindingsAreReplacedPerUser() {
        var bindings = RedisStore.bindings(connect());
        bindings.bind(new Binding("telegram", "1001", "李娜", "hunan", null, AT));
        Binding confirmed = new Binding("telegram", "1001", "李娜", "hubei", "9", AT.plusSeconds(5));
        bindings.bind(confirmed);

        assertThat(bindings.find("telegram", "1001")).contains(confirmed);
        assertThat(bindings.find("discord", "1001")).isEmpty();
        assertThat(bindings.all()).containsExactly(confirmed);
    }

    @Test
    void aPendingQuestionIsTakenOnceAndExpiresAtTheCoresTime() {
        PendingQuestions pending = RedisStore.pendingQuestions(connect());
        LocalDate day = LocalDate.of(2026, 11, 22);
        Pending.Answer question = new Pending.Answer(
                List.of(new Gap(Gap.Field.DELEGATION, new MealCancel(null, day, "DINNER", 5), "晚饭少5人")), SOURCE);
        Pending.Confirmation confirm =
                new Pending.Confirmation(List.of(new MealCount("hunan", day, "LUNCH", 500)), SOURCE);
        pending.put("answer:a", question, AT.plusSeconds(600));
        pending.put("confirm:b", confirm, AT.plusSeconds(600));
        pending.put(
                "bind:c",
                new Pending.BindRequest(new Binding("telegram", "1", "王", "hunan", null, AT), SOURCE),
                AT.plusSeconds(600));

        assertThat(pending.peek("answer:a", AT)).contains(question);
        assertThat(pending.take("answer:a", AT)).contains(question);
        assertThat(pending.take("answer:a", AT)).isEmpty();
        assertThat(pending.peek("confirm:b", AT.plusSeconds(600))).isEmpty();
        assertThat(pending.take("confirm:b", AT.plusSeconds(1))).contains(confirm);
        assertThat(pending.take("bind:c", AT))
                .hasValueSatisfying(p -> assertThat(p).isInstanceOf(Pending.BindRequest.class));
    }

    @Test
    void aHeldActualCountComesBackAsItWasPut() {
        PendingQuestions pending = RedisStore.pendingQuestions(connect());
        Pending.ActualConfirmation held = new Pending.ActualConfirmation(
                new ActualCount(LocalDate.of(2026, 11, 22), "LUNCH", "jiuyuan", 5000, SOURCE));

        pending.put("confirm:d", held, AT.plusSeconds(600));

        assertThat(pending.take("confirm:d", AT)).contains(held);
    }

    private StringRedisTemplate connect() {
        if (fixture == null) fixture = new RedisFixture(dataDir);
        return fixture.connect();
    }

    private void disconnect() {
        if (fixture != null) fixture.close();
    }
}
