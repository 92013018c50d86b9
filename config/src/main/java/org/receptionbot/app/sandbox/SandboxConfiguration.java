package org.receptionbot.app.sandbox;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.receptionbot.adapters.sandbox.Sandbox;
import org.receptionbot.adapters.sandbox.TimedWork;
import org.receptionbot.app.ReceptionProperties;
import org.receptionbot.app.ShutdownOrder;
import org.receptionbot.app.scheduling.SchedulerProperties;
import org.receptionbot.chat.Attachments;
import org.receptionbot.chat.Outbox;
import org.receptionbot.event.Event;
import org.receptionbot.reminder.Briefings;
import org.receptionbot.reminder.CatchUp;
import org.receptionbot.reminder.MealDeadlines;
import org.receptionbot.reminder.Reminder;
import org.receptionbot.reminder.ReminderTimer;
import org.receptionbot.reminder.Reminders;
import org.receptionbot.reminder.VisitNotices;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The terminal chat and its outbox; {@code BotMode} runs the terminal once the context is up. The
 * deadlines, briefings, custom reminders and site-visit notices follow the sandbox's clock, so {@code :time} rehearses
 * them: the sandbox does them as its clock passes them, instead of Quartz.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoChatPlatformConfigured.class)
class SandboxConfiguration {

    /** A rehearsed time ({@code :time}) is kept in {@code <data-dir>} with the rest of the sandbox's state. */
    @Bean
    Sandbox sandbox(Event event, Clock clock, ReceptionProperties reception) {
        // UTF-8 whatever the platform's default, so Chinese survives a C locale.
        PrintStream terminal = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        return new Sandbox(event, terminal, clock, reception.dataDir());
    }

    /**
     * The sandbox's clock and terminal stop as a chat platform does ({@link ShutdownOrder#CHATS}), before the Redis
     * client: a clock tick or a typed line under way finishes, and none follows.
     */
    @Bean
    SmartLifecycle stopSandboxBeforeRedis(Sandbox sandbox) {
        return ShutdownOrder.stopIn(ShutdownOrder.CHATS, sandbox::stop);
    }

    @Bean
    Outbox sandboxOutbox(Sandbox sandbox) {
        return sandbox.outbox();
    }

    /** Exports land in {@code <data-dir>/exports}. */
    @Bean
    Attachments sandboxAttachments(Sandbox sandbox, ReceptionProperties reception) {
        return sandbox.attachments(reception.dataDir().resolve("exports"));
    }

    @Bean
    TimedWork sandboxTimeline(
            MealDeadlines deadlines,
            Briefings briefings,
            Reminders reminders,
            VisitNotices visits,
            SchedulerProperties p,
            Event event) {
        return new SandboxTimeline(new CatchUp(deadlines, briefings, reminders, p.briefingAt(), event.zone(), visits));
    }

    /** Reminders stay in the store until the sandbox's clock reaches them ({@link #sandboxTimeline}). */
    @Bean
    ReminderTimer sandboxReminderTimer() {
        return new ReminderTimer() {
            @Override
            public void schedule(Reminder reminder) {}

            @Override
            public void cancel(int id) {}
        };
    }
}
