package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.reminder.InMemorySaidOnce;
import org.receptionbot.reminder.MealDeadlines;
import org.receptionbot.reminder.Spoken;
import org.receptionbot.summary.RecordText;

/**
 * The new-user trials' findings on the caterer's side, on the games sample, read by the real parser: a packed meal
 * reaches the caterer with the date it is for (relative words resolved) and the hour; a packed meal a coordinator
 * closes is said closed to the caterer once; the locked board of a serving lists the packed portions asked for it.
 */
class CatererPackedMealsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|2026-11-23T19:30|明早打包早餐10份|11月24日（周二）早餐打包10份|",
                "hubei|2026-11-23T19:30|明天早饭打包8份 他们6点前要走|11月24日（周二）早餐打包8份|6点前",
                "yunnan|2026-11-23T19:30|早饭打包6份 他们明早6:30走|11月24日（周二）早餐打包6份|6:30",
                "sichuan|2026-11-23T08:00|后天早餐要打包12份，运动员一早就走|11月25日（周三）早餐打包12份|一早",
                "guizhou|2026-11-23T08:00|今晚晚饭打包9份 7点前要带走|11月23日（周一）晚餐打包9份|7点前",
                "fujian|2026-11-22T20:00|明早早饭打包5份，6点前送到大堂|11月23日（周一）早餐打包5份|6点前"
            })
    void thePackedMealReachesTheCatererWithItsDateAndHour(
            String team, String at, String text, String order, String hour) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        f.answerTo(team, at, text);

        assertThat(f.cateringNotices())
                .singleElement()
                .asString()
                .contains(order)
                .contains(hour == null ? order : hour);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|明早打包早餐10份|/done 1 已安排",
                "hubei|明天早饭打包8份 他们6点前要走|/done 1",
                "yunnan|早饭打包6份 他们明早6:30走|/done 1 餐厅已备好"
            })
    void aPackedMealClosedByACoordinatorIsSaidClosedToTheCatererOnce(String team, String text, String done) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.answerTo(team, "2026-11-23T19:30", text);

        f.answerTo("tian", "2026-11-23T19:40", done);
        f.answerTo("tian", "2026-11-23T19:41", done);

        assertThat(f.cateringNotices()).hasSize(2);
        assertThat(f.cateringNotices().get(1)).contains("问题#1").contains("已处理");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|明早打包早餐10份 他们6点前要走|湖南省代表团 10份（6点前）",
                "hubei|明天早饭打包8份|湖北省代表团 8份",
                "yunnan|早饭打包6份 他们明早6:30走|云南省代表团 6份（6:30）"
            })
    void theLockedBreakfastBoardListsThePackedPortions(String team, String text, String line) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.answerTo(team, "2026-11-23T19:30", text);
        f.answerTo("sichuan", "2026-11-23T19:35", "后天早饭打包4份");
        MealDeadlines deadlines = new MealDeadlines(
                f.core.event,
                f.core.meals,
                new RecordText(f.core.event),
                f.outbox,
                new InMemorySaidOnce(),
                Duration.ofMinutes(30));

        assertThat(deadlines.fire(
                        MealDeadlines.Kind.LOCK,
                        LocalDate.parse("2026-11-24"),
                        "BREAKFAST",
                        ConversationFixture.time("2026-11-23T21:00")))
                .isEqualTo(Spoken.SAID);

        String board = f.lastTo(ConversationFixture.CATERER).text();
        assertThat(board).startsWith("【报餐截止】");
        assertThat(board.lines().filter(l -> l.startsWith("打包")))
                .singleElement()
                .asString()
                .contains(line)
                .doesNotContain("四川");
    }
}
