package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trials 53 and 54: a figure of people leaving, a clock time or a flight's number is never read as the figure of a
 * meal already served ("福建今天下午有4个人先回福州 5点的飞机 晚饭少4个" at 13:50 refused as "午餐 报餐4人"; "确认 青海下午3点的航班
 * MU2385 12点半从山庄出发" as "午餐 报餐3人"): 下午 and 上午 name no meal. A figure of diners of a meal being served is still
 * refused as before.
 */
class MovementFiguresNoMealTest {
    private static final LocalDate DAY = LocalDate.parse("2026-11-23");

    @ParameterizedTest
    @CsvSource({
        "fujian,福建今天下午有4个人先回福州 5点的飞机 晚饭少4个,4",
        "hunan,湖南下午有3个先走 4点的高铁 晚饭少3个,3",
        "guangxi,广西今天下午6个人回南宁 晚上的飞机 晚饭少6个,6",
    })
    void leaversBeforeDinnerAreNoLunchReport(String team, String text, int leaving) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        int size = f.core.event.delegation(team).orElseThrow().size();

        String answer = f.answerTo(team, "13:50", text);

        assertThat(answer).contains("离开 " + leaving + "人").doesNotContain("未记录").doesNotContain("午餐");
        assertThat(f.diners(DAY, "DINNER", team)).isEqualTo(size - leaving);
    }

    @Test
    void leaversAfterADinnerReportAreCutOnce() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.answerTo("fujian", "09:00", "福建晚饭32个");

        String answer = f.answerTo("fujian", "13:50", "福建今天下午有4个人先回福州 5点的飞机 晚饭少4个");

        assertThat(answer).doesNotContain("未记录").doesNotContain("未变化");
        assertThat(f.diners(DAY, "DINNER", "fujian")).isEqualTo(28);
    }

    @ParameterizedTest
    @CsvSource({
        "qinghai,2026-12-08T20:15,确认 青海下午3点的航班 MU2385 12点半从山庄出发",
        "xinjiang,2026-12-08T12:40,确认 新疆中午12点半的航班 CZ6801 10点从山庄出发",
        "qinghai,2026-12-08T12:40,青海下午2点的飞机 中午11点半出发去机场",
    })
    void flightsAndClockTimesAreNoMealFigure(String team, String at, String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        String answer = f.answerOrNull(team, at, text);

        assertThat(answer == null ? "" : answer).doesNotContain("报餐").doesNotContain("该餐已开餐");
    }

    @ParameterizedTest
    @CsvSource({"xizang,西藏中午实际来了28个,28", "fujian,福建中午实际吃饭的是25个,25"})
    void dinersOfAServedMealAreStillRefused(String team, String text, int figure) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");

        String answer = f.answerTo(team, "12:10", text);

        assertThat(answer).contains("未记录").contains("午餐 报餐" + figure + "人").contains("该餐已开餐");
    }
}
