package org.receptionbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.ledger.ActualCount;
import org.receptionbot.ledger.Binding;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.ledger.Source;
import org.receptionbot.message.Gap;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

/**
 * What every {@link PendingQuestions} must do. A store's test extends this and gives a fresh, empty
 * store; the in-memory one is checked by {@code InMemoryPendingQuestionsTest}.
 */
public abstract class PendingQuestionsContract {
    private static final Instant AT = Instant.parse("2026-11-22T02:00:00Z");
    private static final Instant EXPIRES = AT.plusSeconds(600);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private static final Source SOURCE =
            new Source("telegram:-100:7", new ChatRef("telegram", "-100"), "7", "1001", "李娜", AT);
    private static final Pending QUESTION = new Pending.Answer(
            List.of(
                    new Gap(Gap.Field.DELEGATION, new MealCancel(null, DAY, "DINNER", 5), "晚饭少5人"),
                    new Gap(Gap.Field.COUNT, new MealCount("hunan", DAY, "LUNCH", null), "午饭加人")),
            SOURCE);
    private static final Pending CONFIRM =
            new Pending.Confirmation(List.of(new MealCount("hunan", DAY, "LUNCH", 500)), SOURCE);

    /** A fresh, empty store. */
    protected abstract PendingQuestions pending();

    @Test
    void everyKindOfPendingComesBackAsItWasPut() {
        PendingQuestions pending = pending();
        Pending bind = new Pending.BindRequest(new Binding("telegram", "1", "王", "hunan", null, AT), SOURCE);
        Pending actual = new Pending.ActualConfirmation(new ActualCount(DAY, "LUNCH", "jiuyuan", 5000, SOURCE));
        pending.put("answer:a", QUESTION, EXPIRES);
        pending.put("confirm:b", CONFIRM, EXPIRES);
        pending.put("bind:c", bind, EXPIRES);
        pending.put("confirm:d", actual, EXPIRES);
        Pending asked =
                new Pending.Confirmation(List.of(new MealCount("hunan", DAY, "DINNER", null)), SOURCE, "选择按已报或按原计划");
        pending.put("choice:ASKED:e", asked, EXPIRES);
        Pending answered = new Pending.Answered(SOURCE);
        pending.put("answered:f", answered, EXPIRES);

        assertThat(pending.take("choice:ASKED:e", AT)).contains(asked);
        assertThat(pending.take("answer:a", AT)).contains(QUESTION);
        assertThat(pending.take("confirm:b", AT)).contains(CONFIRM);
        assertThat(pending.take("bind:c", AT)).contains(bind);
        assertThat(pending.take("confirm:d", AT)).contains(actual);
        assertThat(pending.take("answered:f", AT)).contains(answered);
    }

    @Test
    void aPeekLeavesItWaitingAndATakeRemovesIt() {
        PendingQuestions pending = pending();
        pending.put("answer:a", QUESTION, EXPIRES);

        assertThat(pending.peek("answer:a", AT)).contains(QUESTION);
        assertThat(pending.peek("answer:a", AT)).contains(QUESTION);
        assertThat(pending.take("answer:a", AT)).contains(QUESTION);
        assertThat(pending.take("answer:a", AT)).isEmpty();
        assertThat(pending.peek("answer:a", AT)).isEmpty();
    }

    @Test
    void expiresAtTheTimeTheCoreGivesNotTheClockOfTheStore() {
        PendingQuestions pending = pending();
        pending.put("answer:a", QUESTION, EXPIRES);
        pending.put("confirm:b", CONFIRM, EXPIRES);

        assertThat(pending.peek("answer:a", EXPIRES.minusMillis(1))).contains(QUESTION);
        assertThat(pending.peek("answer:a", EXPIRES)).isEmpty();
        assertThat(pending.take("confirm:b", EXPIRES.plusSeconds(1))).isEmpty();
        assertThat(pending.take("answer:a", AT)).contains(QUESTION);
    }

    @Test
    void aPutReplacesWhatWaitedUnderItsKeyWithItsOwnExpiry() {
        PendingQuestions pending = pending();
        pending.put("confirm:b", QUESTION, EXPIRES);

        pending.put("confirm:b", CONFIRM, EXPIRES.plusSeconds(600));

        assertThat(pending.peek("confirm:b", EXPIRES)).contains(CONFIRM);
    }

    @Test
    void aKeyPutAgainAfterItsTakeIsTakenAgain() {
        PendingQuestions pending = pending();
        pending.put("answer:a", QUESTION, EXPIRES);
        pending.take("answer:a", AT);

        pending.put("answer:a", CONFIRM, EXPIRES);

        assertThat(pending.take("answer:a", AT)).contains(CONFIRM);
        assertThat(pending.take("answer:a", AT)).isEmpty();
    }

    @Test
    void givesNothingUnderAKeyNeverPutAndKeepsKeysApart() {
        PendingQuestions pending = pending();
        pending.put("answer:telegram:-100:1001", QUESTION, EXPIRES);

        assertThat(pending.peek("answer:telegram:-100:1002", AT)).isEmpty();
        assertThat(pending.take("answer:telegram:-100", AT)).isEmpty();
        assertThat(pending.peek("answer:telegram:-100:1001", AT)).contains(QUESTION);
    }

    @Test
    void ofCallersTakingOnePendingAtTheSameMomentOnlyOneGetsIt() {
        PendingQuestions pending = pending();
        pending.put("confirm:b", CONFIRM, EXPIRES);

        List<Optional<Pending>> taken = Race.of(8, () -> pending.take("confirm:b", AT));

        assertThat(taken).filteredOn(Optional::isPresent).containsExactly(Optional.of(CONFIRM));
    }
}
