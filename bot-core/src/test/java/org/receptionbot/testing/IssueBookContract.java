package org.receptionbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.ledger.IssueBook;
import org.receptionbot.ledger.IssueStep;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.ledger.Source;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;

/**
 * What every {@link IssueBook} must do. A store's test extends this and gives a fresh, empty book;
 * the in-memory one is checked by {@code InMemoryIssueBookTest}.
 */
public abstract class IssueBookContract {
    private static final Instant AT = Instant.parse("2026-11-22T02:00:00Z");
    private static final Source SOURCE =
            new Source("telegram:-100:7", new ChatRef("telegram", "-100"), "7", "1001", "李娜", AT);
    private static final IssueTicket.Step TIAN = new IssueTicket.Step("9", "田主任", AT.plusSeconds(60));

    /** A fresh, empty book. */
    protected abstract IssueBook book();

    private static IssueTicket ticket(int number, String entryId) {
        return IssueTicket.open(number, new Issue(IssueCategory.ROOM, "hunan", "房间没热水"), entryId, SOURCE);
    }

    @Test
    void givesNumbersOneTwoThreeInTheOrderAsked() {
        IssueBook book = book();

        assertThat(List.of(book.nextNumber(), book.nextNumber(), book.nextNumber()))
                .containsExactly(1, 2, 3);
    }

    @Test
    void numbersAskedForAtTheSameMomentAreAllDifferent() {
        IssueBook book = book();

        List<Integer> numbers = Race.of(8, book::nextNumber);

        assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void aTicketComesBackWithItsWholeLoopByNumberAndByEntry() {
        IssueBook book = book();
        IssueTicket ticket = ticket(book.nextNumber(), "e#0")
                .acknowledge(new IssueTicket.Step("9", "田主任", AT.plusSeconds(60), "已派维修工"))
                .resolve(new IssueTicket.Step("9", null, AT.plusSeconds(600)), "已修好");

        book.save(ticket);

        assertThat(book.find(ticket.number())).contains(ticket);
        assertThat(book.findByEntry("e#0")).contains(ticket);
        assertThat(book.all()).containsExactly(ticket);
    }

    @Test
    void aStepComesBackByItsMessageWithTheTicketBeforeAndAfterIt() {
        IssueBook book = book();
        IssueTicket before = ticket(book.nextNumber(), "e#0")
                .acknowledge(new IssueTicket.Step("9", "田主任", AT.plusSeconds(60), "已派维修工"));
        IssueStep step = new IssueStep(
                "telegram:-100:12",
                before,
                before.resolve(new IssueTicket.Step("9", "田主任", AT.plusSeconds(600)), "已修好"));

        book.saveStep(step);

        assertThat(book.step("telegram:-100:12")).contains(step);
        assertThat(book.step("telegram:-100:13")).isEmpty();
    }

    @Test
    void savingATicketAgainReplacesTheOneWithItsNumber() {
        IssueBook book = book();
        IssueTicket open = ticket(book.nextNumber(), "e#0");
        book.save(open);
        IssueTicket withdrawn = open.acknowledge(TIAN).withdraw();

        book.save(withdrawn);

        assertThat(book.find(open.number())).contains(withdrawn);
        assertThat(book.findByEntry("e#0")).contains(withdrawn);
        assertThat(book.all()).containsExactly(withdrawn);
    }

    @Test
    void aFollowUpComesBackWithItsTicketAndFindsItByItsEntryUntilTakenBack() {
        IssueBook book = book();
        Source later =
                new Source("telegram:-100:9", new ChatRef("telegram", "-100"), "9", "1001", "李娜", AT.plusSeconds(1800));
        Issue still = new Issue(IssueCategory.ROOM, "hunan", "洗澡水还是冷的", Issue.Said.STILL);
        IssueTicket followed = ticket(book.nextNumber(), "e#0")
                .acknowledge(TIAN)
                .follow(new IssueTicket.FollowUp("f#0", still, later));

        book.save(followed);

        assertThat(book.find(followed.number())).contains(followed);
        assertThat(book.findByEntry("f#0")).contains(followed);
        IssueTicket without = followed.without("f#0");
        book.save(without);
        assertThat(book.findByEntry("f#0")).isEmpty();
        assertThat(book.findByEntry("e#0")).contains(without);
    }

    @Test
    void aTicketItsReporterSaidFixedComesBackSaidFixedAndStillPending() {
        IssueBook book = book();
        Source later =
                new Source("telegram:-100:9", new ChatRef("telegram", "-100"), "9", "1001", "李娜", AT.plusSeconds(1800));
        IssueTicket fixed = ticket(book.nextNumber(), "e#0")
                .follow(new IssueTicket.FollowUp("f#0", new Issue(IssueCategory.ROOM, "hunan", "热水好了谢谢"), later));

        book.save(fixed);

        IssueTicket back = book.find(fixed.number()).orElseThrow();
        assertThat(back.pending()).isTrue();
        assertThat(back.saidFixed()).isNotNull();
        assertThat(back.standing()).isEqualTo("报告人称已解决，待确认");
        assertThat(back.resolve(TIAN, null).standing()).isEqualTo("已解决");
    }

    @Test
    void aTicketWithoutAnEntryOrADelegationIsKeptAsItIs() {
        IssueBook book = book();
        IssueTicket bare =
                IssueTicket.open(book.nextNumber(), new Issue(IssueCategory.OTHER, null, "电梯坏了"), null, SOURCE);

        book.save(bare);

        assertThat(book.find(bare.number())).contains(bare);
        assertThat(book.findByEntry("e#0")).isEmpty();
    }

    @Test
    void listsEveryTicketByNumberWhateverTheOrderSaved() {
        IssueBook book = book();
        book.save(ticket(3, "e#3"));
        book.save(ticket(1, "e#1"));
        book.save(ticket(2, "e#2"));

        assertThat(book.all()).extracting(IssueTicket::number).containsExactly(1, 2, 3);
    }

    @Test
    void findsNothingUnderANumberOrAnEntryNeverSaved() {
        IssueBook book = book();
        book.save(ticket(book.nextNumber(), "e#0"));

        assertThat(book.find(2)).isEmpty();
        assertThat(book.findByEntry("e#1")).isEmpty();
    }
}
