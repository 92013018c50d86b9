package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Visit;

/**
 * Right after a meal's figure, the people it leaves out said gone to a route ("晚饭少5人 都去百色了", "其余5个都北海去了")
 * or eating at its place ("北海的2个在那边吃") are the figure's reason: the meal only, no VISIT.
 */
class RouteAwayForMealTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T11:40");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 9);

    @ParameterizedTest
    @CsvSource({
        "chongqing, 重庆今晚晚饭少5人 都去百色了, DINNER, 5",
        "guizhou, 贵州厅晚饭取消5人 都去柳州了, DINNER, 5",
        "hubei, 湖北午饭少4个 全去柳州了, LUNCH, 4"
    })
    void goneAfterAFewerMealIsItsReason(String sender, String text, String meal, int count) {
        PARSER.check(text, sender).records(new MealCancel(sender, TODAY, meal, count));
    }

    @ParameterizedTest
    @CsvSource({
        "hebei, 河北晚宴就1个 其余5个都北海去了, DINNER, 1",
        "hunan, 湖南晚饭就2个 其他4个去北海了, DINNER, 2",
        "jingwei, 警卫组晚饭6人 北海的2个在那边吃, DINNER, 6"
    })
    void theRestGoneAfterAMealFigureIsItsReason(String sender, String text, String meal, int count) {
        PARSER.check(text, sender).records(new MealCount(sender, TODAY, meal, count));
    }

    @ParameterizedTest
    @CsvSource({
        "jiangxi, 江西 中午5个 晚饭不吃 5个全去北海了, beihai, 5",
        "hunan, 湖南晚饭少3人 北海线去3个, beihai, 3",
        "tianjin, 天津4个都去百色了 晚饭不用留, baise, 4"
    })
    void aRouteReportBesideAMealStays(String sender, String text, String route, int count) {
        PARSER.check(text, sender).recordsInclude(new Visit(sender, route, count));
    }
}
