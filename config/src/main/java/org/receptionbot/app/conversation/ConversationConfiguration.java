package org.receptionbot.app.conversation;

import java.time.Clock;
import org.receptionbot.access.People;
import org.receptionbot.chat.InboundLog;
import org.receptionbot.chat.Outbox;
import org.receptionbot.command.Actuals;
import org.receptionbot.command.BindRequests;
import org.receptionbot.command.Commands;
import org.receptionbot.command.Corrections;
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
import org.receptionbot.ledger.HeldFigures;
import org.receptionbot.ledger.IssueBook;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.parse.MessageParser;
import org.receptionbot.reminder.SaidOnce;
import org.receptionbot.summary.HeadcountBoards;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.RecordText;
import org.receptionbot.visit.VisitBoards;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link Dialogue}: the {@code ChatHandler} every chat adapter calls. It stores each message raw,
 * then answers a command with the {@link Commands}, an answer with the {@link Questions}, and
 * anything else by reading it with the {@link MessageParser} and taking the records in
 * ({@link Intake}). A message that reads two ways is asked about with a {@link Choice}.
 */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    @Bean
    MessageParser messageParser(Event event) {
        return new MessageParser(event);
    }

    /** The parser, as the conversation reads a message (and an answer that completes one). */
    @Bean
    Reader reader(MessageParser parser) {
        return parser::parse;
    }

    @Bean
    Dialogue dialogue(
            Event event,
            People people,
            InboundLog inboundLog,
            Outbox outbox,
            Commands commands,
            Questions questions,
            PlainMessages messages,
            Amendments amendments,
            Buttons buttons,
            IssueBook issues) {
        return new Dialogue(
                event, people, inboundLog, outbox, commands, questions, messages, amendments, buttons, issues);
    }

    /** The questions with two answers (照常 over another's figure, a repeated change), held for the sender. */
    @Bean
    Choice choice(Event event, PendingQuestions pending, HeldFigures held) {
        return new Choice(pending, held, new RecordText(event));
    }

    @Bean
    Amendments amendments(Event event, PendingQuestions pending, Ledger ledger, Intake intake, Choice choice) {
        return new Amendments(event, pending, ledger, intake, choice);
    }

    @Bean
    Intake intake(
            Event event,
            Ledger ledger,
            Recorder recorder,
            PendingQuestions pending,
            People people,
            IssueBook issues,
            MealBoards meals,
            HeadcountBoards headcounts,
            VisitBoards visitBoards,
            Outbox outbox,
            SaidOnce said,
            Choice choice,
            HeldFigures held) {
        Checks checks = new Checks(event, people);
        VisitEffects visits = new VisitEffects(event, visitBoards, ledger);
        return new Intake(
                event,
                ledger,
                recorder,
                pending,
                checks,
                new Receipts(event, issues, meals, headcounts, visits),
                new Notices(event, people, headcounts, outbox, visitBoards, said),
                new AsPlanned(event, ledger, people, choice),
                visits,
                new Holds(pending, checks, held, new RecordText(event)));
    }

    @Bean
    VisitAdditions visitAdditions(Event event, VisitBoards visitBoards, Choice choice) {
        return new VisitAdditions(event, visitBoards, choice);
    }

    @Bean
    Questions questions(
            Event event,
            PendingQuestions pending,
            Intake intake,
            Reader reader,
            Actuals actuals,
            Choice choice,
            VisitAdditions additions) {
        return new Questions(event, pending, intake, reader, actuals, choice, additions);
    }

    @Bean
    PlainMessages plainMessages(
            Event event,
            Reader reader,
            Ledger ledger,
            Recorder recorder,
            Intake intake,
            Choice choice,
            VisitAdditions additions) {
        return new PlainMessages(event, reader, ledger, recorder, intake, new Repeats(ledger, choice), additions);
    }

    @Bean
    Buttons buttons(
            Event event,
            Clock clock,
            People people,
            PendingQuestions pending,
            Questions questions,
            Corrections corrections,
            BindRequests binds) {
        return new Buttons(event.zone(), clock, people, pending, questions, corrections, binds);
    }
}
