package org.receptionbot.app.scheduling;

import java.time.Clock;
import org.quartz.Scheduler;
import org.receptionbot.access.People;
import org.receptionbot.adapters.sandbox.TimedWork;
import org.receptionbot.chat.Outbox;
import org.receptionbot.conversation.RouteSiteMeals;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.reminder.SaidOnce;
import org.receptionbot.reminder.VisitNotices;
import org.receptionbot.scheduler.VisitNoticeJob;
import org.receptionbot.scheduler.VisitSchedules;
import org.receptionbot.summary.RecordText;
import org.receptionbot.visit.VisitBoards;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The receiving sites told in time: each route's list before its arrival, the changes after it,
 * the head-count check after its departure. Registered in Quartz at every start, except in the
 * sandbox, which does them as its clock passes them; each is said once across restarts and
 * instances ({@link SaidOnce}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VisitProperties.class)
class VisitNoticeConfiguration {

    @Bean
    VisitNotices visitNotices(
            Event event,
            VisitBoards boards,
            Outbox outbox,
            SaidOnce said,
            VisitProperties p,
            Ledger ledger,
            People people) {
        return new VisitNotices(
                event,
                boards,
                new RecordText(event),
                outbox,
                said,
                p.listLead(),
                p.countAfter(),
                new RouteSiteMeals(event, ledger, boards, people));
    }

    @Bean
    VisitNoticeJob visitNoticeJob(VisitNotices notices, Clock clock) {
        return new VisitNoticeJob(notices, clock);
    }

    @Bean
    ApplicationRunner visitSchedules(
            Scheduler scheduler,
            Event event,
            VisitNotices notices,
            Clock clock,
            ObjectProvider<TimedWork> sandboxTime) {
        return args -> {
            VisitSchedules schedules = new VisitSchedules();
            if (sandboxTime.getIfAvailable() != null || event.visits().isEmpty()) {
                schedules.forget(scheduler);
                return;
            }
            schedules.register(scheduler, notices.ahead(clock.instant()), notices.updateWindows(), clock.instant());
        };
    }
}
