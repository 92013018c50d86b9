package org.receptionbot.testing;

import java.time.Clock;
import java.time.Duration;
import org.receptionbot.access.People;
import org.receptionbot.chat.InboundLog;
import org.receptionbot.chat.Outbox;
import org.receptionbot.command.Actuals;
import org.receptionbot.command.BindRequests;
import org.receptionbot.command.Boards;
import org.receptionbot.command.Commands;
import org.receptionbot.command.Corrections;
import org.receptionbot.command.ExportBuilder;
import org.receptionbot.command.ExportCommand;
import org.receptionbot.command.Exports;
import org.receptionbot.command.HeldNotes;
import org.receptionbot.command.IssueCommands;
import org.receptionbot.command.ReminderCommands;
import org.receptionbot.command.StatusText;
import org.receptionbot.command.VisitLists;
import org.receptionbot.conversation.Amendments;
import org.receptionbot.conversation.AsPlanned;
import org.receptionbot.conversation.Buttons;
import org.receptionbot.conversation.Checks;
import org.receptionbot.conversation.Choice;
import org.receptionbot.conversation.Dialogue;
import org.receptionbot.conversation.Holds;
import org.receptionbot.conversation.Intake;
import org.receptionbot.conversation.Notices;
import org.receptionbot.conversation.PlainMessages;
import org.receptionbot.conversation.Questions;
import org.receptionbot.conversation.Reader;
import org.receptionbot.conversation.Receipts;
import org.receptionbot.conversation.Repeats;
import org.receptionbot.conversation.VisitAdditions;
import org.receptionbot.conversation.VisitEffects;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Bindings;
import org.receptionbot.ledger.HeldFigures;
import org.receptionbot.ledger.IssueBook;
import org.receptionbot.ledger.IssueLoop;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.reminder.Reminders;
import org.receptionbot.summary.HeadcountBoards;
import org.receptionbot.summary.HeldLines;
import org.receptionbot.summary.IssueBoards;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.MovementBoards;
import org.receptionbot.summary.RecordText;
import org.receptionbot.visit.RoutesAwayAtMeals;
import org.receptionbot.visit.VisitBoardText;
import org.receptionbot.visit.VisitBoards;

/**
 * The core's services over the given ports, wired once as the application's {@code config} wires
 * them, for tests that need more than one of them; {@link #dialogue} builds the conversation on top.
 */
public final class CoreWiring {
    public final Event event;
    public final Ledger ledger;
    public final IssueBook issueBook;
    public final Bindings bindings;
    public final PendingQuestions pending;
    public final Outbox outbox;
    public final Clock clock;
    public final Recorder recorder;
    public final People people;
    public final MealBoards meals;
    public final MovementBoards movements;
    public final HeadcountBoards headcounts;
    public final IssueBoards issues;
    public final VisitBoards visits;
    public final ExportBuilder exportBuilder;
    public final HeldFigures held;
    /** What the bot said on its own, shared by the conversation's notices and the reminders built on it. */
    public final org.receptionbot.reminder.SaidOnce said = new org.receptionbot.reminder.InMemorySaidOnce();

    public CoreWiring(
            Event event,
            Ledger ledger,
            IssueBook issueBook,
            Bindings bindings,
            PendingQuestions pending,
            Outbox outbox,
            Clock clock) {
        this.event = event;
        this.ledger = ledger;
        this.issueBook = issueBook;
        this.bindings = bindings;
        this.pending = pending;
        this.outbox = outbox;
        this.clock = clock;
        this.recorder = new Recorder(event, ledger, issueBook);
        this.people = new People(event, bindings);
        this.held = new HeldFigures(event, pending, new InMemoryHeldReports());
        this.meals = new MealBoards(event, ledger, held, new RoutesAwayAtMeals(event, new VisitBoards(event, ledger)));
        this.movements = new MovementBoards(event, ledger);
        this.visits = new VisitBoards(event, ledger);
        this.headcounts = new HeadcountBoards(event, ledger, new org.receptionbot.visit.RouteBusPlans(event, visits));
        this.issues = new IssueBoards(event, issueBook, Duration.ofHours(2));
        this.exportBuilder = new ExportBuilder(event, meals, movements, issues, visits, headcounts);
    }

    /** Over in-memory stores (ledger, issue book, bindings, pending questions). */
    public static CoreWiring inMemory(Event event, Ledger ledger, Outbox outbox, Clock clock) {
        return new CoreWiring(
                event,
                ledger,
                new InMemoryIssueBook(),
                new InMemoryBindings(),
                new InMemoryPendingQuestions(),
                outbox,
                clock);
    }

    /**
     * @param exports where {@code /export} posts the workbook, or null when exports are off
     * @param reminders the custom reminders, or null when the timed part is off
     */
    public Dialogue dialogue(InboundLog inbound, Reader reader, Exports exports, Reminders reminders) {
        Actuals actuals = new Actuals(event, ledger, pending, held, meals, people);
        Corrections corrections =
                new Corrections(event, ledger, recorder, people, outbox, inbound, new IssueLoop(issueBook), pending);
        BindRequests binds = new BindRequests(event, pending, bindings, people, outbox);
        Commands commands = new Commands(
                new Boards(
                        event,
                        meals,
                        movements,
                        headcounts,
                        issues,
                        new StatusText(event, ledger, meals, issues),
                        new HeldNotes(held, new HeldLines(new RecordText(event)))),
                new IssueCommands(event, new IssueLoop(issueBook), outbox),
                binds,
                new ExportCommand(event, exportBuilder, exports),
                actuals,
                corrections,
                new ReminderCommands(event, reminders),
                new VisitLists(
                        visits,
                        new VisitBoardText(event, new RecordText(event)),
                        held,
                        new HeldLines(new RecordText(event))));
        Choice choice = new Choice(pending, held, new RecordText(event));
        Checks checks = new Checks(event, people);
        VisitEffects visitEffects = new VisitEffects(event, visits, ledger);
        Intake intake = new Intake(
                event,
                ledger,
                recorder,
                pending,
                checks,
                new Receipts(event, issueBook, meals, headcounts, visitEffects),
                new Notices(event, people, headcounts, outbox, visits, said),
                new AsPlanned(event, ledger, people, choice),
                visitEffects,
                new Holds(pending, checks, held, new RecordText(event)));
        VisitAdditions additions = new VisitAdditions(event, visits, choice);
        Questions questions = new Questions(event, pending, intake, reader, actuals, choice, additions);
        return new Dialogue(
                event,
                people,
                inbound,
                outbox,
                commands,
                questions,
                new PlainMessages(event, reader, ledger, recorder, intake, new Repeats(ledger, choice), additions),
                new Amendments(event, pending, ledger, intake, choice),
                new Buttons(event.zone(), clock, people, pending, questions, corrections, binds),
                issueBook);
    }
}
