package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.chat.Reply;
import org.receptionbot.reminder.CatchUp;
import org.receptionbot.reminder.MealDeadlines;
import org.receptionbot.reminder.Reminders;
import org.receptionbot.reminder.Spoken;
import org.receptionbot.summary.RecordText;

/**
 * The meal reminders, locked boards and evening briefings follow the days meals are served, not only the event's own
 * dates (trial 41): on the games sample (11-18…11-29) teams leave on 11-30 or have no departure, so 11-30 is a meal day
 * whose breakfast and lunch get their 【报餐提醒】 and 【报餐截止】 (the caterer's locked board, packed portions and all),
 * and the evening of 11-30 still gets a 【明日安排】 naming the teams counted as there with no departure.
 */
class MealDaysAfterTheLastDayTest {
    private static final LocalDate LAST = LocalDate.parse("2026-11-29");
    private static final LocalDate AFTER = LAST.plusDays(1);

    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
    private final MealDeadlines deadlines = new MealDeadlines(
            f.core.event, f.core.meals, new RecordText(f.core.event), f.outbox, f.core.said, Duration.ofMinutes(2));

    @Test
    void theDayAfterTheLastDayHasItsDeadlinesAndTheDayAfterThatNone() {
        List<MealDeadlines.Due> ahead = deadlines.ahead(ConversationFixture.time("2026-11-29T12:00"));

        assertThat(ahead)
                .filteredOn(d -> d.date().equals(AFTER))
                .extracting(d -> d.kind() + " " + d.meal())
                .contains("WARN BREAKFAST", "LOCK BREAKFAST", "WARN LUNCH", "LOCK LUNCH");
        assertThat(ahead).allSatisfy(d -> assertThat(d.date()).isBeforeOrEqualTo(AFTER));
        assertThat(ahead)
                .filteredOn(d -> d.date().equals(AFTER)
                        && d.meal().equals("BREAKFAST")
                        && d.kind().name().equals("LOCK"))
                .singleElement()
                .satisfies(d -> assertThat(d.at()).isEqualTo(ConversationFixture.time("2026-11-29T21:00")));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-11-29T20:58|WARN|BREAKFAST|【报餐提醒】11月30日（周一）早餐报餐将于21:00截止",
                "2026-11-29T21:00|LOCK|BREAKFAST|【报餐截止】11月30日（周一）早餐",
                "2026-11-30T09:58|WARN|LUNCH|【报餐提醒】11月30日（周一）午餐报餐将于10:00截止",
                "2026-11-30T10:00|LOCK|LUNCH|【报餐截止】11月30日（周一）午餐"
            })
    void theMealsOfTheDayAfterAreRemindedAndLocked(String at, String kind, String meal, String start) {
        Spoken spoken = deadlines.fire(MealDeadlines.Kind.valueOf(kind), AFTER, meal, ConversationFixture.time(at));

        assertThat(spoken).isEqualTo(Spoken.SAID);
        assertThat(f.outbox.sent())
                .extracting(Reply::text)
                .anySatisfy(t -> assertThat(t).startsWith(start));
    }

    @Test
    void theCatererGetsTheLockedBreakfastOfTheDayAfterWithItsPackedPortions() {
        f.say("beijing", "2026-11-29T08:00", "明天早饭打包 20份 7点前走");
        CatchUp catchUp =
                new CatchUp(deadlines, f.briefings(), noReminders(), LocalTime.of(20, 0), f.core.event.zone());

        catchUp.between(ConversationFixture.time("2026-11-29T20:30"), ConversationFixture.time("2026-11-29T21:05"));

        assertThat(f.outbox.sentTo(ConversationFixture.CATERER))
                .extracting(Reply::text)
                .anySatisfy(t -> assertThat(t).startsWith("【报餐截止】11月30日（周一）早餐").contains("北京市代表团 20份"));
    }

    @Test
    void theEveningOfTheDayAfterBriefsTheTeamsStillCountedAndTheEveningAfterThatIsQuiet() {
        assertThat(f.briefings().evening(AFTER, ConversationFixture.time("2026-11-30T20:00")))
                .isEqualTo(Spoken.SAID);
        assertThat(f.lastTo(ConversationFixture.COORDINATORS).text())
                .startsWith("【明日安排】12月1日（周二）")
                .contains("用餐：不供餐（供餐至11月30日（周一））")
                .contains("⚠尚无离会安排（仍按在场计）：河北、黑龙江、福建、湖南、四川、甘肃共6个团211人")
                .doesNotContain("早餐：");
        assertThat(f.briefings().evening(AFTER.plusDays(1), ConversationFixture.time("2026-12-01T20:00")))
                .isEqualTo(Spoken.TOO_LATE);
    }

    @Test
    void whenEveryTeamHasLeftTheEveningOfTheLastMealDayIsQuiet() {
        for (String team : List.of("hebei", "heilongjiang", "fujian", "hunan", "sichuan", "gansu"))
            f.say(team, "2026-11-29T09:00", "我们30号上午10点走");

        assertThat(f.briefings().evening(AFTER, ConversationFixture.time("2026-11-30T20:00")))
                .isEqualTo(Spoken.TOO_LATE);
    }

    private Reminders noReminders() {
        return new Reminders(
                f.core.event,
                new org.receptionbot.reminder.SimpleDueTimes(f.core.event.zone()),
                new org.receptionbot.reminder.InMemoryReminderStore(),
                new org.receptionbot.reminder.ReminderTimer() {
                    @Override
                    public void schedule(org.receptionbot.reminder.Reminder reminder) {}

                    @Override
                    public void cancel(int id) {}
                },
                f.outbox,
                Duration.ofMinutes(2));
    }
}
