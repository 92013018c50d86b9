package org.receptionbot.reminder;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.record.Record;
import org.receptionbot.summary.IssueBoards;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.MovementBoards;
import org.receptionbot.summary.RecordText;
import org.receptionbot.testing.InMemoryIssueBook;
import org.receptionbot.testing.InMemoryLedger;
import org.receptionbot.testing.RecordingOutbox;
import org.receptionbot.testing.Sources;
import org.receptionbot.visit.VisitBoards;

/**
 * The timed jobs of an event as the reminder tests build them, on in-memory stores: the meal deadlines warned 30
 * minutes ahead, the reminders with a timer that does nothing (the tests fire them or catch up), the briefings, and the
 * catch-up over all of them with the evening briefing at 20:00. Every job says what it says once by {@link #said}.
 */
final class TimedJobs {
    private static final Duration LEAD = Duration.ofMinutes(30);

    final Event event;
    final InMemoryLedger ledger;
    final RecordingOutbox outbox;
    final SaidOnce said;
    final InMemoryIssueBook issueBook = new InMemoryIssueBook();

    /** The jobs of {@code event} on stores of their own. */
    TimedJobs(Event event) {
        this(event, new InMemoryLedger(), new RecordingOutbox(), new InMemorySaidOnce());
    }

    /** The jobs of {@code event} on the stores a test has already (a {@link ConferenceDay}'s). */
    TimedJobs(Event event, InMemoryLedger ledger, RecordingOutbox outbox, SaidOnce said) {
        this.event = event;
        this.ledger = ledger;
        this.outbox = outbox;
        this.said = said;
    }

    /** Records what {@code sender} reported at {@code at} (local time). */
    void report(String at, String sender, Record... records) {
        new Recorder(event, ledger, issueBook).apply(Sources.at(at, sender), List.of(records));
    }

    MealDeadlines deadlines() {
        return deadlines(said);
    }

    /** The meal deadlines saying once by {@code said} (a store that fails, say). */
    MealDeadlines deadlines(SaidOnce said) {
        return new MealDeadlines(event, new MealBoards(event, ledger), new RecordText(event), outbox, said, LEAD);
    }

    Reminders reminders() {
        return new Reminders(
                event,
                new SimpleDueTimes(ZoneId.of("Asia/Shanghai")),
                new InMemoryReminderStore(),
                new ReminderTimer() {
                    @Override
                    public void schedule(Reminder reminder) {}

                    @Override
                    public void cancel(int id) {}
                },
                outbox,
                LEAD);
    }

    Briefings briefings() {
        return briefings(null);
    }

    /** The briefings, with tomorrow's site-visit lists from {@code visits} (null to leave them out). */
    Briefings briefings(VisitBoards visits) {
        return new Briefings(
                event,
                Briefings.Boards.of(
                                new MealBoards(event, ledger),
                                new MovementBoards(event, ledger),
                                new IssueBoards(event, issueBook, Duration.ofHours(2)))
                        .withVisits(visits),
                new RecordText(event),
                outbox,
                said);
    }

    /** The catch-up over the meal deadlines, the briefings and {@code reminders}, for an event with no site visits. */
    CatchUp catchUp(Reminders reminders) {
        return catchUp(briefings(), reminders, null);
    }

    /** The catch-up over the meal deadlines, {@code briefings}, {@code reminders} and {@code visits} (null for none). */
    CatchUp catchUp(Briefings briefings, Reminders reminders, VisitNotices visits) {
        return new CatchUp(deadlines(), briefings, reminders, LocalTime.of(20, 0), event.zone(), visits);
    }
}
