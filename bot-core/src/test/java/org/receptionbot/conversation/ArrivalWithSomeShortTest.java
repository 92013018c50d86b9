package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An arrival reported with some of the delegation coming later records today's arrival of those who came and the later
 * ones on their own day; it never moves the whole delegation to the later day nor cancels today's meals. On the
 * games sample: 江苏 34 people planned for 2026-11-18 10:15 (G571), 广东 37 for 11:30, 河南 39 for 18:45.
 */
class ArrivalWithSomeShortTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 18);
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-18");

    @Test
    void thoseWhoCameArriveTodayAndTheOneShortTomorrow() {
        String answer = f.answerTo("jiangsu", "10:20", "全团34人已到 实际33 少一个明天来");

        assertThat(answer).contains("抵达 33人").contains("11月19日").doesNotContain("取消");
        assertThat(f.diners(DAY, "LUNCH", "jiangsu")).isEqualTo(33);
        assertThat(f.diners(DAY, "DINNER", "jiangsu")).isEqualTo(33);
        assertThat(f.diners(DAY.plusDays(1), "LUNCH", "jiangsu")).isEqualTo(34);
    }

    @Test
    void aFurtherOneSaidWithHisDayIsHisOwnArrival() {
        String answer = f.answerTo("guangdong", "11:40", "广东到了 36人都在 有一个人明天才来");

        assertThat(answer).contains("抵达 36人").doesNotContain("取消");
        assertThat(f.diners(DAY, "DINNER", "guangdong")).isEqualTo(36);
        assertThat(f.diners(DAY.plusDays(1), "DINNER", "guangdong")).isEqualTo(37);
    }

    @Test
    void aShortfallBesideTheFigureCameIsAnArrivalNotAMeal() {
        String answer = f.answerTo("henan", "18:50", "我们到了 人都在 不过少一个 38人");

        assertThat(answer).startsWith("已记录").contains("抵达 38人").doesNotContain("哪一餐");
        assertThat(f.answerTo("henan", "18:52", "对 就是我们 少一个明天才来"))
                .startsWith("已记录")
                .contains("11月19日")
                .doesNotContain("哪一餐");
    }

    @Test
    void aFigureShortOfThePlanOffersThePartWhoCame() {
        assertThat(f.answerTo("jiangsu", "10:20", "到了 人都在 33")).contains("请回复“33人已到，1人未到”");

        assertThat(f.answerTo("jiangsu", "10:21", "33人已到，1人未到"))
                .startsWith("已记录")
                .contains("抵达 33人")
                .contains("未到的1人仍按计划10:15 G571计入用餐")
                .contains("请回复如“1人明天到”");
        assertThat(f.diners(DAY, "LUNCH", "jiangsu")).isEqualTo(34);
        assertThat(f.answerTo("jiangsu", "10:30", "1人明天到")).startsWith("已记录");
        assertThat(f.diners(DAY, "LUNCH", "jiangsu")).isEqualTo(33);
    }

    @Test
    void thePartWhoCameSaidAgainIsNotRecordedTwice() {
        assertThat(f.answerTo("henan", "18:50", "我们到了 人都在 不过少一个 38人")).startsWith("已记录");

        assertThat(f.answerTo("henan", "18:51", "我们到了 人都在 不过少一个 38人")).contains("未重复记录");
        assertThat(f.diners(DAY.plusDays(1), "BREAKFAST", "henan")).isEqualTo(39);
    }

    @Test
    void plainWordsOfThePartWhoCameAreRecorded() {
        assertThat(f.answerTo("jiangsu", "10:20", "来了33 还差一个"))
                .startsWith("已记录")
                .contains("抵达 33人");
    }
}
