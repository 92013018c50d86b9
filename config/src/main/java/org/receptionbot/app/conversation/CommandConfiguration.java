package org.receptionbot.app.conversation;

import org.receptionbot.access.People;
import org.receptionbot.adapters.xlsx.XlsxExports;
import org.receptionbot.chat.Attachments;
import org.receptionbot.chat.InboundLog;
import org.receptionbot.chat.Outbox;
import org.receptionbot.command.Actuals;
import org.receptionbot.command.BindRequests;
import org.receptionbot.command.Boards;
import org.receptionbot.command.Commands;
import org.receptionbot.command.Corrections;
import org.receptionbot.command.ExportBuilder;
import org.receptionbot.command.ExportCommand;
import org.receptionbot.command.HeldNotes;
import org.receptionbot.command.IssueCommands;
import org.receptionbot.command.ReminderCommands;
import org.receptionbot.command.StatusText;
import org.receptionbot.command.VisitLists;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Bindings;
import org.receptionbot.ledger.HeldFigures;
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
import org.receptionbot.visit.VisitBoardText;
import org.receptionbot.visit.VisitBoards;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link Commands}, each family with what it uses. {@code /export} posts a workbook through the
 * platform's {@link Attachments}, when it has one; {@code /remind}, {@code /reminders} and
 * {@code /unremind} use the {@link Reminders} of the timed part, when it runs.
 */
@Configuration(proxyBeanMethods = false)
class CommandConfiguration {

    @Bean
    Commands commands(
            Boards boards,
            IssueCommands issues,
            BindRequests binds,
            ExportCommand export,
            Actuals actuals,
            Corrections corrections,
            ReminderCommands reminders,
            VisitLists visits) {
        return new Commands(boards, issues, binds, export, actuals, corrections, reminders, visits);
    }

    @Bean
    VisitLists visitLists(Event event, VisitBoards boards, HeldFigures held) {
        RecordText texts = new RecordText(event);
        return new VisitLists(boards, new VisitBoardText(event, texts), held, new HeldLines(texts));
    }

    @Bean
    Boards boards(
            Event event,
            MealBoards meals,
            MovementBoards movements,
            HeadcountBoards headcounts,
            IssueBoards issues,
            Ledger ledger,
            HeldFigures held) {
        StatusText status = new StatusText(event, ledger, meals, issues);
        HeldNotes notes = new HeldNotes(held, new HeldLines(new RecordText(event)));
        return new Boards(event, meals, movements, headcounts, issues, status, notes);
    }

    @Bean
    IssueCommands issueCommands(Event event, IssueLoop loop, Outbox outbox) {
        return new IssueCommands(event, loop, outbox);
    }

    @Bean
    BindRequests bindRequests(Event event, PendingQuestions pending, Bindings bindings, People people, Outbox outbox) {
        return new BindRequests(event, pending, bindings, people, outbox);
    }

    @Bean
    ExportBuilder exportBuilder(
            Event event,
            MealBoards meals,
            MovementBoards movements,
            IssueBoards issues,
            VisitBoards visits,
            HeadcountBoards headcounts) {
        return new ExportBuilder(event, meals, movements, issues, visits, headcounts);
    }

    @Bean
    ExportCommand exportCommand(Event event, ExportBuilder builder, ObjectProvider<Attachments> attachments) {
        Attachments files = attachments.getIfAvailable();
        return new ExportCommand(event, builder, files == null ? null : new XlsxExports(files, event.zone()));
    }

    @Bean
    Actuals actuals(
            Event event, Ledger ledger, PendingQuestions pending, HeldFigures held, MealBoards meals, People people) {
        return new Actuals(event, ledger, pending, held, meals, people);
    }

    @Bean
    Corrections corrections(
            Event event,
            Ledger ledger,
            Recorder recorder,
            People people,
            Outbox outbox,
            InboundLog inbound,
            IssueLoop loop,
            PendingQuestions pending) {
        return new Corrections(event, ledger, recorder, people, outbox, inbound, loop, pending);
    }

    @Bean
    ReminderCommands reminderCommands(Event event, ObjectProvider<Reminders> reminders) {
        return new ReminderCommands(event, reminders.getIfAvailable());
    }
}
