package org.receptionbot.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.Record;
import org.receptionbot.testing.InMemoryIssueBook;
import org.receptionbot.testing.InMemoryLedger;
import org.receptionbot.testing.Sources;

class RecorderTest {
    private final Event event = TestEvents.reference();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final InMemoryIssueBook issues = new InMemoryIssueBook();
    private final Recorder recorder = new Recorder(event, ledger, issues);

    @Test
    void aMessageVersionIsAppliedOnce() {
        Source s = Sources.at("2026-11-20T09:00", "hunan-li");
        List<Record> records = List.of(new MealAdd("hunan", event.start().plusDays(2), "DINNER", 2));

        Recorder.Applied first = recorder.apply(s, records);
        Recorder.Applied again = recorder.apply(s, records);

        assertThat(first.repeated()).isFalse();
        assertThat(again.repeated()).isTrue();
        assertThat(ledger.activeEntriesOf(s.messageRef())).hasSize(1);
    }

    @Test
    void anIssueAppliedBeforeTheProcessStoppedGetsItsTicketWhenTheMessageComesAgain() {
        Source s = Sources.at("2026-11-20T09:10", "hunan-li");
        Issue issue = new Issue(IssueCategory.ROOM, "hunan", "房间没有热水");
        // The process stopped after the entry was appended and before its ticket was opened.
        Entry entry =
                new Entry(s.messageKey() + "#0", s.at().atZone(event.zone()).toLocalDate(), issue, s, false);
        ledger.append(s.messageKey(), List.of(entry));

        Recorder.Applied again = recorder.apply(s, List.of(issue));

        assertThat(again.repeated()).isTrue();
        assertThat(issues.findByEntry(entry.id())).isPresent();
        recorder.apply(s, List.of(issue));
        assertThat(issues.nextNumber()).as("one ticket, not two").isEqualTo(2);
    }
}
