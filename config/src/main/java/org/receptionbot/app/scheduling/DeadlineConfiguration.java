package org.receptionbot.app.scheduling;

import java.time.Clock;
import org.quartz.Scheduler;
import org.receptionbot.adapters.sandbox.TimedWork;
import org.receptionbot.chat.Outbox;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.HeldFigures;
import org.receptionbot.reminder.Briefings;
import org.receptionbot.reminder.MealDeadlines;
import org.receptionbot.reminder.SaidOnce;
import org.receptionbot.scheduler.BriefingJob;
import org.receptionbot.scheduler.MealDeadlineJob;
import org.receptionbot.scheduler.Schedules;
import org.receptionbot.summary.IssueBoards;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.MovementBoards;
import org.receptionbot.summary.RecordText;
import org.receptionbot.visit.VisitBoards;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bot speaking first about the meals and tomorrow: the meal-count deadlines (who has not
 * reported, then the locked board) and the evening briefing with the departure checks. Registered
 * in Quartz at every start, except in the sandbox, which does them as its clock passes them; each is
 * said once across restarts and instances ({@link SaidOnce}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulerProperties.class)
class DeadlineConfiguration {

    @Bean
    MealDeadlines mealDeadlines(Event event, MealBoards meals, Outbox outbox, SaidOnce said, SchedulerProperties p) {
        return new MealDeadlines(event, meals, new RecordText(event), outbox, said, p.deadlineLead());
    }

    @Bean
    Briefings briefings(
            Event event,
            MealBoards meals,
            MovementBoards movements,
            IssueBoards issues,
            Outbox outbox,
            SaidOnce said,
            VisitBoards visits,
            HeldFigures held) {
        return new Briefings(
                event,
                Briefings.Boards.of(meals, movements, issues).withVisits(visits).withHeld(held),
                new RecordText(event),
                outbox,
                said);
    }

    @Bean
    MealDeadlineJob mealDeadlineJob(MealDeadlines deadlines, Clock clock) {
        return new MealDeadlineJob(deadlines, clock);
    }

    @Bean
    BriefingJob briefingJob(Briefings briefings, Event event, Clock clock) {
        return new BriefingJob(briefings, clock, event.zone());
    }

    @Bean
    ApplicationRunner deadlineSchedules(
            Scheduler scheduler,
            Event event,
            MealDeadlines deadlines,
            SchedulerProperties p,
            Clock clock,
            ObjectProvider<TimedWork> sandboxTime) {
        return args -> {
            Schedules schedules = new Schedules(event.zone());
            if (sandboxTime.getIfAvailable() != null) {
                // The sandbox does this work as its own (pretend) clock passes it.
                schedules.forgetMealDeadlinesAndBriefing(scheduler);
                return;
            }
            schedules.mealDeadlines(scheduler, deadlines.ahead(clock.instant()));
            schedules.briefing(scheduler, p.briefingAt());
        };
    }
}
