package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * Trial 62: each meal of a statement keeps its own figure when a remark or a problem is said beside it past a space
 * ({@link MealBesideRemarks}, {@link MealFigureNotBus}): bare words before a delegation's report, a problem before a
 * meal's figure, a bus's news after one, a meal named to be reported and then its figure alone.
 */
class MealBesideRemarksTest {
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-23T09:00");

    /** The records as TYPE|meal|count (an issue as ISSUE|category, a bus count as HEADCOUNT|bus|count). */
    private static List<String> said(ParseOutcome read) {
        return read.records().stream().map(MealBesideRemarksTest::said).toList();
    }

    private static String said(Record r) {
        if (r instanceof MealCount c) return "COUNT|" + c.meal() + "|" + c.count();
        if (r instanceof MealCancel c) return "CANCEL|" + c.meal() + "|" + c.count();
        if (r instanceof Issue i) return "ISSUE|" + i.category();
        if (r instanceof Headcount h) return "HEADCOUNT|" + h.vehicle() + "|" + h.count();
        return r.getClass().getSimpleName();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "guangdong|不好意思 刚开完会 广东中午37 晚上37|37|37",
                "guangdong|刚开完会 广东中午37 晚上36|37|36",
                "hebei|会刚结束 河北中午26 晚上25|26|25",
                "hebei|河北的中午报一下 26 晚上26|26|26",
                "hebei|中午报一下 30 晚上28|30|28",
                "liaoning|辽宁中午33 晚上33 车找到了 司机在后门等的|33|33",
                "liaoning|辽宁中午33 晚上32 大巴找到了|33|32"
            })
    void bothMealsKeepTheirFigures(String sender, String text, int lunch, int dinner) {
        ParseOutcome read = SPORTS.read(text, sender);
        assertThat(said(read)).as(text).containsExactly("COUNT|LUNCH|" + lunch, "COUNT|DINNER|" + dinner);
        assertThat(read).as(text).isInstanceOf(ParseOutcome.Understood.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "gansu|甘肃中午29 晚上29 我们的7号车在体育馆停车场找不到了 打司机电话关机|COUNT:LUNCH:29 COUNT:DINNER:29 ISSUE:VEHICLE",
                "gansu|甘肃中午29 晚上28 3号车坏了 打不着火|COUNT:LUNCH:29 COUNT:DINNER:28 ISSUE:VEHICLE",
                "shandong|受伤那个队员拍了片 骨裂 要住院观察 今天晚上吃饭39个|COUNT:DINNER:39",
                "shandong|有个队员发烧了 要去医院 晚饭38个|ISSUE:HEALTH COUNT:DINNER:38"
            })
    void aProblemBesideTheMealsKeepsTheFigures(String sender, String text, String expected) {
        assertThat(said(SPORTS.read(text, sender)))
                .as(text)
                .containsExactly(expected.replace(':', '|').split(" "));
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isEmpty()) continue;
            if (sb.length() > 0) sb.append('|');
            sb.append(p);
        }
        return sb.toString();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a bus with its number and no meal's word before it is still the bus
                "hunan|湖南 3 车找不到了|ISSUE|VEHICLE|",
                // a bus counted after a meal's figure is its head count, no fault
                "hunan|晚饭35 3号车实到35|COUNT|DINNER|35",
                // a problem, then a meal with a change, stays the meal's change
                "hunan|有两个发烧了 晚上少两个|CANCEL|DINNER|2"
            })
    void lookalikesKeepTheirReading(String sender, String text, String first, String second, String third) {
        assertThat(said(SPORTS.read(text, sender))).as(text).contains(join(first, second, third));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hebei|河北中午报一下 晚上再说", "hunan|麻烦随车联络员出发后报一下 谢谢"})
    void aReportAskedWithNoFigureRecordsNoMeal(String sender, String text) {
        assertThat(SPORTS.read(text, sender).records()).as(text).noneMatch(r -> r instanceof MealCount);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "|不对 黑龙江中午是31 上海26 浙江38 刚才看串行了|COUNT:LUNCH:31 COUNT:LUNCH:26 COUNT:LUNCH:38",
                "hebei|中午也是26 刚才没写清楚|COUNT:LUNCH:26",
                "guangdong|广东中午是37个人 刚才报过了啊？|COUNT:LUNCH:37",
                "shandong|不对 今晚也是39 不是37 刚才的39已经扣过了|COUNT:DINNER:39",
                "guangxi|广西中午52 晚饭也52 都在|COUNT:LUNCH:52 COUNT:DINNER:52",
                "beijing|明天北京三餐都是42 打扰了🙏|COUNT:BREAKFAST:42 COUNT:LUNCH:42 COUNT:DINNER:42",
                "chongqing|重庆中午按计划 晚上少4个 他们去看比赛|COUNT:LUNCH:null CANCEL:DINNER:4"
            })
    void aRemarkOnTheEarlierMessageOrTheFigureLeavesNothingUnread(String sender, String text, String expected) {
        ParseOutcome read = SPORTS.read(text, sender);
        assertThat(said(read))
                .as(text)
                .containsExactly(expected.replace(':', '|').split(" "));
        assertThat(read).as(text).isInstanceOf(ParseOutcome.Understood.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // an aside that is no remark on the earlier message nor the reason of a change is still quoted back
                "guizhou|贵州中午45人 娃娃们都饿惨了😂",
                "chongqing|重庆晚上40个 他们去看比赛",
                // the earlier figure taken back for a new one is no remark apart
                "shandong|晚上39 刚才的39个不算 改成37"
            })
    void otherWordsAfterTheFigureAreStillAsked(String sender, String text) {
        assertThat(SPORTS.read(text, sender)).as(text).isInstanceOf(ParseOutcome.Incomplete.class);
    }
}
