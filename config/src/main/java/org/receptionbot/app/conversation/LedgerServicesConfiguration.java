package org.receptionbot.app.conversation;

import org.receptionbot.access.People;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Bindings;
import org.receptionbot.ledger.HeldFigures;
import org.receptionbot.ledger.HeldReports;
import org.receptionbot.ledger.IssueBook;
import org.receptionbot.ledger.IssueLoop;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.summary.HeadcountBoards;
import org.receptionbot.summary.IssueBoards;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.MovementBoards;
import org.receptionbot.visit.RouteBusPlans;
import org.receptionbot.visit.RoutesAwayAtMeals;
import org.receptionbot.visit.VisitBoards;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The core's services over the stores, shared by the conversation, the commands and the timed
 * work: the {@link Recorder} that writes the ledger, {@link People} (who speaks for whom), the
 * issue loop, and the boards that read the ledger.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IssueProperties.class)
class LedgerServicesConfiguration {

    @Bean
    Recorder recorder(Event event, Ledger ledger, IssueBook issues) {
        return new Recorder(event, ledger, issues);
    }

    @Bean
    People people(Event event, Bindings bindings) {
        return new People(event, bindings);
    }

    @Bean
    IssueLoop issueLoop(IssueBook issues) {
        return new IssueLoop(issues);
    }

    /** The reports held for a confirmation, by day: the boards and reminders show them as 待确认. */
    @Bean
    HeldFigures heldFigures(Event event, PendingQuestions pending, HeldReports listed) {
        return new HeldFigures(event, pending, listed);
    }

    @Bean
    MealBoards mealBoards(Event event, Ledger ledger, HeldFigures held, VisitBoards visits) {
        return new MealBoards(event, ledger, held, new RoutesAwayAtMeals(event, visits));
    }

    @Bean
    MovementBoards movementBoards(Event event, Ledger ledger) {
        return new MovementBoards(event, ledger);
    }

    @Bean
    HeadcountBoards headcountBoards(Event event, Ledger ledger, VisitBoards visits) {
        return new HeadcountBoards(event, ledger, new RouteBusPlans(event, visits));
    }

    @Bean
    IssueBoards issueBoards(Event event, IssueBook issues, IssueProperties properties) {
        return new IssueBoards(event, issues, properties.oldAfter());
    }

    @Bean
    VisitBoards visitBoards(Event event, Ledger ledger) {
        return new VisitBoards(event, ledger);
    }
}
