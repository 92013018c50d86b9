package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * Trials 44–46: a meal's figure said beside other words is kept, and other meal words do not change it: a figure
 * taken back with an illness as the reason (the figure meant and the problem, {@link ReasonBeforeMeant}); a meal's
 * figure then news of the team's ride ({@link MealStatementEnds}); a meal cancelled, maybe eaten already, then another
 * meal with its own figure; portions kept for a group said before the request ({@link KeptForGroup}); the meeting's
 * hall as the place the team eats, and "没有少" (none fewer).
 */
class MealFiguresBesideOtherWordsTest {
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-20T14:00");
    private static final ParserFixture CONFERENCE = ParserFixture.of(TestEvents.conference(), "2026-12-09T10:00");

    /** The records as TYPE|meal|count (an issue as ISSUE|category, an arrival as ARRIVAL|time|count). */
    private static List<String> said(List<Record> records) {
        return records.stream().map(MealFiguresBesideOtherWordsTest::said).toList();
    }

    private static String said(Record r) {
        if (r instanceof MealCount c) return "COUNT|" + c.meal() + "|" + c.count();
        if (r instanceof MealCancel c) return "CANCEL|" + c.meal() + "|" + c.count();
        if (r instanceof Issue i) return "ISSUE|" + i.category();
        if (r instanceof Arrival a) return "ARRIVAL|" + a.time() + "|" + a.count();
        return r.getClass().getSimpleName();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "gansu|甘肃晚上廿九个 哦不对 有个队员身体不舒服不下来吃 28|DINNER|28",
                "gansu|甘肃晚上29个 哦不对 有两个去医院看脚了 27|DINNER|27",
                "gansu|甘肃晚饭29个 不对 有一个队员肚子疼 28个|DINNER|28",
                "gansu|甘肃中午三十个 说错了 有两个发烧了 28|LUNCH|28"
            })
    void aFigureTakenBackForAnIllnessKeepsTheFigureMeantAndTheProblem(
            String sender, String text, String meal, int count) {
        assertThat(said(SPORTS.read(text, sender).records()))
                .as(text)
                .containsExactly("COUNT|" + meal + "|" + count, "ISSUE|HEALTH");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "重庆晚饭按44报 航班准点 15:15落地|44|15:15",
                "重庆晚饭44人 航班准点15:15落地|44|15:15",
                "晚饭44 我们的飞机晚点了 大概19:30落地|44|19:30"
            })
    void aMealsFigureThenNewsOfTheRideKeepsBoth(String text, int count, String time) {
        assertThat(said(SPORTS.read(text, "chongqing").records()))
                .as(text)
                .containsExactly("COUNT|DINNER|" + count, "ARRIVAL|" + time + "|null");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "河南晚饭不吃了 火车上吃过了 到了以后麻烦安排点宵夜 39份|39",
                "河南晚饭不用准备了 在车上吃过了 宵夜给我们准备39份|39",
                "晚饭不吃了 路上吃过了 回来以后要宵夜 20个|20",
                "河南晚饭不吃了 到了以后麻烦安排点宵夜 39份|39"
            })
    void aMealCancelledThenAnotherMealWithItsFigureIsBoth(String text, int lateNight) {
        assertThat(said(SPORTS.at("2026-11-20T14:40").read(text, "henan").records()))
                .as(text)
                .containsExactly("CANCEL|DINNER|null", "COUNT|LATE_NIGHT|" + lateNight);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"beijing|北海线的2个晚上回来大概8点半 给留2份饭 谢谢", "beijing|有2个去北海了 晚上回来晚 麻烦给留两份饭"})
    void portionsKeptForAGroupSaidBeforeAreARequestNotTheMealsFigure(String sender, String text) {
        assertThat(said(CONFERENCE.at("2026-12-09T17:00").read(text, sender).records()))
                .as(text)
                .containsExactly("ISSUE|MEAL");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"山西晚饭1人 就是先回来那个 给留一份|DINNER|1", "北京晚饭2个|DINNER|2"})
    void aMealsOwnFigureBesideKeptFoodStays(String text, String meal, int count) {
        assertThat(said(CONFERENCE.at("2026-12-09T17:00").read(text, "beijing").records()))
                .as(text)
                .containsExactly("COUNT|" + meal + "|" + count);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"不对 中午是4个人都在会场吃 没有少|4", "中午4个人都在会场吃，没有少|4", "中午4个人都在会场吃|4", "河南中午在会场吃 7人|7"})
    void eatingAtTheMeetingHallIsTheMealNotPeopleAway(String text, int count) {
        assertThat(said(CONFERENCE.read(text, "gansu").records())).as(text).containsExactly("COUNT|LUNCH|" + count);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"中午在外面吃 4人", "今天中午全团在外面吃 4人"})
    void eatingOutsideStillTakesThemOff(String text) {
        assertThat(said(CONFERENCE.read(text, "gansu").records())).as(text).containsExactly("CANCEL|LUNCH|null");
    }
}
