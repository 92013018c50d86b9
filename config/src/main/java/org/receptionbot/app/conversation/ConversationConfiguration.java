package org.receptionbot.app.conversation;

import java.time.Clock;
import org.receptionbot.adapters.xlsx.XlsxExports;
import org.receptionbot.chat.Attachments;
import org.receptionbot.chat.InboundLog;
import org.receptionbot.chat.Outbox;
import org.receptionbot.command.Desk;
import org.receptionbot.command.Exports;
import org.receptionbot.conversation.Dialogue;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Bindings;
import org.receptionbot.ledger.IssueBook;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.parse.MessageParser;
import org.receptionbot.reminder.Reminders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link Dialogue}: the {@code ChatHandler} every chat adapter calls. It stores each message raw,
 * reads it with the {@link MessageParser}, applies the records at the {@link Desk} and answers.
 * {@code /export} posts a workbook through the platform's {@link Attachments}, when it has one;
 * {@code /remind}, {@code /reminders} and {@code /unremind} use the {@link Reminders} of the timed part.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IssueProperties.class)
class ConversationConfiguration {

    @Bean
    MessageParser messageParser(Event event) {
        return new MessageParser(event);
    }

    @Bean
    Desk desk(
            Event event,
            Ledger ledger,
            IssueBook issues,
            Bindings bindings,
            PendingQuestions pending,
            Outbox outbox,
            Clock clock,
            IssueProperties issueProperties) {
        return new Desk(
                event, new Desk.Ports(ledger, issues, bindings, pending), outbox, clock, issueProperties.oldAfter());
    }

    @Bean
    Dialogue dialogue(
            Desk desk,
            InboundLog inboundLog,
            MessageParser parser,
            ObjectProvider<Attachments> attachments,
            ObjectProvider<Reminders> reminders) {
        Attachments files = attachments.getIfAvailable();
        Exports exports =
                files == null ? null : new XlsxExports(files, desk.event().zone());
        return new Dialogue(desk, inboundLog, parser::parse, exports, reminders.getIfAvailable());
    }
}
