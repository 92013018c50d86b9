package org.receptionbot.app.scheduling;

import java.time.Clock;
import org.quartz.Scheduler;
import org.receptionbot.chat.Outbox;
import org.receptionbot.event.Event;
import org.receptionbot.parse.MessageParser;
import org.receptionbot.reminder.DueTimes;
import org.receptionbot.reminder.InMemoryReminderStore;
import org.receptionbot.reminder.ReminderStore;
import org.receptionbot.reminder.ReminderTimer;
import org.receptionbot.reminder.Reminders;
import org.receptionbot.reminder.SimpleDueTimes;
import org.receptionbot.scheduler.QuartzReminderTimer;
import org.receptionbot.scheduler.ReminderJob;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Custom reminders: the use case the command layer calls, and the job that says them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulerProperties.class)
class ReminderConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The parser's date and time rules read the time a reminder starts with; a simple reader where there is no parser. */
    @Bean
    DueTimes dueTimes(Event event, ObjectProvider<MessageParser> parsers) {
        MessageParser parser = parsers.getIfAvailable();
        if (parser == null) return new SimpleDueTimes(event.zone());
        return (text, now) -> parser.leadingTime(text, now).map(t -> new DueTimes.Due(t.at(), t.rest()));
    }

    @Bean
    Reminders reminders(
            Event event,
            DueTimes dueTimes,
            ObjectProvider<ReminderStore> store,
            ObjectProvider<ReminderTimer> timer,
            Scheduler scheduler,
            Outbox outbox,
            SchedulerProperties properties) {
        return new Reminders(
                event,
                dueTimes,
                // The application's Redis store; in memory only where none is defined (reminders then do not survive a
                // restart).
                store.getIfAvailable(InMemoryReminderStore::new),
                // Quartz, unless the sandbox says them as its own clock passes them.
                timer.getIfAvailable(() -> new QuartzReminderTimer(scheduler)),
                outbox,
                properties.reminderGrace());
    }

    @Bean
    ReminderJob reminderJob(Reminders reminders, Clock clock) {
        return new ReminderJob(reminders, clock);
    }
}
