package org.receptionbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.ledger.ActualCount;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Source;
import org.receptionbot.ledger.Withdrawal;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

/**
 * What every {@link Ledger} must do. A store's test extends this and gives a fresh, empty ledger;
 * the in-memory one is checked by {@code InMemoryLedgerTest}.
 */
public abstract class LedgerContract {
    protected static final ChatRef GROUP = new ChatRef("sandbox", "group");
    protected static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    /** A fresh, empty ledger. */
    protected abstract Ledger ledger();

    protected static Source source(String messageId, String sender) {
        return new Source(
                "sandbox:group:" + messageId, GROUP, messageId, sender, sender, Instant.parse("2026-11-22T01:00:00Z"));
    }

    protected static Entry entry(Source source, int index, int count) {
        return new Entry(
                source.messageKey() + "#" + index, DAY, new MealCount("hunan", DAY, "LUNCH", count), source, false);
    }

    /** Appends entries of one message version, keyed by the first one's source. */
    public static boolean append(Ledger ledger, List<Entry> entries) {
        return ledger.append(entries.get(0).source().messageKey(), entries);
    }

    @Test
    void appliesAMessageVersionOnceWithAllItsEntries() {
        Ledger ledger = ledger();
        Source s = source("m1", "li");
        assertThat(ledger.append(s.messageKey(), List.of(entry(s, 0, 30), entry(s, 1, 31))))
                .isTrue();
        assertThat(ledger.append(s.messageKey(), List.of(entry(s, 0, 30), entry(s, 1, 31))))
                .isFalse();
        assertThat(ledger.day(DAY).entries()).containsExactly(entry(s, 0, 30), entry(s, 1, 31));
        assertThat(ledger.append("k-empty", List.of())).isTrue();
        assertThat(ledger.append("k-empty", List.of())).isFalse();
    }

    @Test
    void keepsEntriesPerDayInAppendOrderWithTheirHistory() {
        Ledger ledger = ledger();
        Source s = source("m1", "li");
        Entry late = new Entry("sandbox:group:m1#1", DAY, new MealCancel("hunan", DAY, "DINNER", null), s, true);
        append(ledger, List.of(entry(s, 0, 30), late));
        append(
                ledger,
                List.of(new Entry(
                        "x#0",
                        DAY.plusDays(1),
                        new MealCount("hunan", DAY.plusDays(1), "LUNCH", 3),
                        source("m2", "li"),
                        false)));

        assertThat(ledger.day(DAY).entries()).containsExactly(entry(s, 0, 30), late);
        assertThat(ledger.day(DAY.plusDays(1)).entries()).hasSize(1);
        assertThat(ledger.day(DAY.minusDays(1)).entries()).isEmpty();
    }

    @Test
    void withdrawnEntriesStayInTheDayLogButNotAmongTheActive() {
        Ledger ledger = ledger();
        Source s = source("m1", "li");
        append(ledger, List.of(entry(s, 0, 30), entry(s, 1, 31)));
        Withdrawal w = new Withdrawal(s.messageKey() + "#0", source("m9", "li"));
        ledger.withdraw(List.of(w));
        ledger.withdraw(List.of(new Withdrawal(s.messageKey() + "#0", source("m10", "li"))));

        assertThat(ledger.day(DAY).entries()).hasSize(2);
        assertThat(ledger.day(DAY).withdrawn()).containsEntry(s.messageKey() + "#0", w);
        assertThat(ledger.day(DAY).active()).containsExactly(entry(s, 1, 31));
        assertThat(ledger.activeEntriesOf(s.messageRef())).containsExactly(entry(s, 1, 31));
    }

    @Test
    void remembersTheLastMessageWithEntriesPerSenderAndChat() {
        Ledger ledger = ledger();
        append(ledger, List.of(entry(source("m1", "li"), 0, 30)));
        append(ledger, List.of(entry(source("m2", "li"), 0, 31)));
        append(ledger, List.of(entry(source("m3", "wang"), 0, 32)));

        assertThat(ledger.lastMessageOf(GROUP, "li")).contains("sandbox:group:m2");
        assertThat(ledger.lastMessageOf(GROUP, "zhao")).isEmpty();
        assertThat(ledger.lastMessageOf(new ChatRef("sandbox", "other"), "li")).isEmpty();
    }

    @Test
    void givesTheMovementsInForceOfEveryDayInAppendOrder() {
        Ledger ledger = ledger();
        Source s = source("m1", "li");
        Entry dep = new Entry(
                "sandbox:group:m1#0",
                DAY.plusDays(2),
                new Departure("hunan", DAY.plusDays(2), null, null, "G1"),
                s,
                false);
        Entry arr = new Entry("sandbox:group:m1#1", DAY, new Arrival("hunan", DAY, LocalTime.NOON, 35, null), s, false);
        append(ledger, List.of(dep, entry(s, 2, 30), arr));
        Source s2 = source("m2", "li");
        Entry dep2 = new Entry("sandbox:group:m2#0", DAY, new Departure("hunan", DAY, null, 3, null), s2, false);
        append(ledger, List.of(dep2));
        ledger.withdraw(List.of(new Withdrawal(arr.id(), s2)));

        assertThat(ledger.activeMovements()).containsExactly(dep, dep2);
    }

    @Test
    void aLaterActualCountReplacesTheEarlierOne() {
        Ledger ledger = ledger();
        ledger.recordActual(new ActualCount(DAY, "LUNCH", "jiuyuan", 400, source("a1", "tian")));
        assertThat(ledger.actuals(DAY)).extracting(ActualCount::count).containsExactly(400);
        ledger.recordActual(new ActualCount(DAY, "LUNCH", "jiuyuan", 412, source("a2", "tian")));
        ledger.recordActual(new ActualCount(DAY, "DINNER", "jiuyuan", 300, source("a3", "tian")));

        assertThat(ledger.actuals(DAY)).extracting(ActualCount::count).containsExactlyInAnyOrder(412, 300);
        assertThat(ledger.actuals(DAY.plusDays(1))).isEmpty();
    }
}
