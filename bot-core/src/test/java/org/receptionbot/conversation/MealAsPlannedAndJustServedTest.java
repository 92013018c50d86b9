package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.ledger.Entry;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * A meal "as planned" in any of its words, English typed among Chinese included, is the as-planned
 * report (a MEAL_COUNT with no figure) answered with the planned figure; a meal named without a date
 * right after today's serving of it is tomorrow's, and the answer says so. Read by the real parser;
 * Hunan: 35 people; lunch 11:30–13:30, dinner 17:30–19:30.
 */
class MealAsPlannedAndJustServedTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate MONDAY = SUNDAY.plusDays(1);
    private static final Event EVENT = TestEvents.withPeople();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    private Record last(LocalDate day) {
        return f.ledger.day(day).active().stream()
                .map(Entry::record)
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    @Test
    void lunchAsPlannedInEnglishIsTheAsPlannedReportNamingThePlannedFigure() {
        String answer = f.answerTo("hunan-li", "2026-11-22T09:00", "午餐as planned");

        assertThat(last(SUNDAY)).isEqualTo(new MealCount("hunan", SUNDAY, "LUNCH", null));
        assertThat(answer).startsWith("已记录：湖南省代表团 11月22日（周日）午餐 按原计划（35人）");
    }

    @Test
    void everyWordOfAsPlannedGivesTheSameReport() {
        String[] said = {"午饭照常", "午餐按原计划", "中午正常吃", "午饭 AS USUAL", "午餐no change", "中午饭照旧"};
        int minute = 0;
        for (String text : said) {
            String answer = f.answerTo("hunan-li", "2026-11-22T09:%02d".formatted(minute++), text);
            assertThat(last(SUNDAY)).as(text).isEqualTo(new MealCount("hunan", SUNDAY, "LUNCH", null));
            assertThat(answer).as(text).contains("午餐 按原计划（35人）");
        }
    }

    @Test
    void englishInsideAnotherWordIsNoAsPlanned() {
        f.say("hunan-li", "2026-11-22T09:00", "午餐 ASPLANNEDX");

        assertThat(f.ledger.day(SUNDAY).active()).isEmpty();
    }

    @Test
    void asPlannedAfterTodaysLunchIsTomorrowsAndTheAnswerSaysSo() {
        String answer = f.answerTo("hunan-li", "2026-11-22T14:00", "中午按原计划");

        assertThat(last(MONDAY)).isEqualTo(new MealCount("hunan", MONDAY, "LUNCH", null));
        assertThat(answer)
                .startsWith("已记录：湖南省代表团 11月23日（周一）午餐 按原计划（35人）")
                .contains("说明：今天的午餐已于13:30结束，以上按明天（11月23日（周一））的午餐记录；如指的不是明天，请发送“撤销”后注明日期重报。");
    }

    @Test
    void aChangeToDinnerAfterDinnerIsTomorrowsAndSaidSo() {
        String answer = f.answerTo("hunan-li", "2026-11-22T20:10", "晚饭少3人");

        assertThat(last(MONDAY)).isEqualTo(new MealCancel("hunan", MONDAY, "DINNER", 3));
        assertThat(answer).contains("今天的晚餐已于19:30结束，以上按明天");
    }

    @Test
    void aMealNamedWithItsDayOrServedLongAgoOrStillAheadNeedsNoWord() {
        assertThat(f.answerTo("hunan-li", "2026-11-22T14:00", "明天中午按原计划")).doesNotContain("说明：");
        assertThat(f.answerTo("hunan-li", "2026-11-22T20:00", "早餐30人")).doesNotContain("说明：");
        assertThat(f.answerTo("hunan-li", "2026-11-22T11:00", "午饭照常")).doesNotContain("说明：");
        assertThat(last(SUNDAY)).isEqualTo(new MealCount("hunan", SUNDAY, "LUNCH", null));
    }
}
