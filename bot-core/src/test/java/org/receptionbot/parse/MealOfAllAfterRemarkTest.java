package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCount;

/**
 * "浙江队中午回来30个 还有8个在赛场 晚饭全部回来" (trial 49): the people still at the venue now are why the lunch is
 * what it is, never a figure of the next meal; the meal said for the whole delegation is that meal as planned.
 */
class MealOfAllAfterRemarkTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-24T09:35");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "zhejiang|浙江队中午回来30个 还有8个在赛场 晚饭全部回来|30",
                "zhejiang|浙江队中午回来30个 还有6个在赛场 晚饭全部回来|30",
                "hunan|湖南中午回来25个 还有10个在场馆 晚上都回来吃|25",
                "fujian|福建中午28 有4个在训练场 晚饭全部回来|28",
                "jilin|吉林中午回来33个，还有7个在赛场，晚饭全部回来|33"
            })
    void theMealOfAllIsAsPlanned(String sender, String text, int lunch) {
        PARSER.check(text, sender)
                .contract(new MealCount(sender, TODAY, "LUNCH", lunch), new MealCount(sender, TODAY, "DINNER", null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"zhejiang|浙江中午25 有10个去比赛场地 晚上35|25|35", "hunan|湖南中午回来30个 还有5个在赛场 晚饭32个|30|32"})
    void aMealWithItsOwnFigureKeepsIt(String sender, String text, int lunch, int dinner) {
        PARSER.check(text, sender)
                .contract(new MealCount(sender, TODAY, "LUNCH", lunch), new MealCount(sender, TODAY, "DINNER", dinner));
    }
}
