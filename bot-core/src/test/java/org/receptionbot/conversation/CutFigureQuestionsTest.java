package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Trial 66's 贵州 (08:00, 10:25): "中午饭不用算他们" after "3个教练的航班延误了" is 3 fewer, no question; a question for a
 * meal's figure says which figure it asks (减少几人, 用餐的是多少人), and a bare reply that would cut the meal to far
 * below its diners ("47" of 50) is checked back, not recorded; a small cut is recorded at once. Read by the real parser.
 */
class CutFigureQuestionsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");

    private int lunch() {
        return f.diners(DAY, "LUNCH", "guizhou");
    }

    @Test
    void themAfterPeopleCountedInTheMessageAreThatManyFewerWithNoQuestion() {
        f.say("guizhou", "2026-11-22T20:28", "贵州明天早47 中50 晚50");
        String answer = f.soleAnswerTo("guizhou", "08:00", "3个教练的航班延误了 改成下午2点落地 中午饭不用算他们");

        assertThat(answer).contains("午餐 减少3人").doesNotContain("请问");
        assertThat(lunch()).isEqualTo(47);
    }

    @Test
    void theQuestionSaysItAsksHowManyFewerAndASmallCutIsRecordedAtOnce() {
        assertThat(f.soleAnswerTo("guizhou", "08:00", "贵州午饭不用准备他们的")).contains("请问午餐减少几人（不用餐的人数）？");

        assertThat(f.soleAnswerTo("guizhou", "08:05", "3")).contains("午餐 减少3人").doesNotContain("请确认");
        assertThat(lunch()).isEqualTo(47);
    }

    @Test
    void aReplyCuttingToFarBelowTheTeamIsCheckedBackAndTheDinersFigureReplacesIt() {
        f.soleAnswerTo("guizhou", "08:00", "贵州午饭不用准备他们的");

        String check = f.soleAnswerTo("guizhou", "10:25", "47");

        assertThat(check).contains("请确认").contains("只剩3人（原50人）").contains("如果是47人用餐，请回复“午餐47人”");
        assertThat(lunch()).isEqualTo(50);

        f.soleAnswerTo("guizhou", "10:27", "午餐47人");
        assertThat(lunch()).isEqualTo(47);
    }

    @Test
    void aCheckedBackCutConfirmedIsRecorded() {
        f.soleAnswerTo("guizhou", "08:00", "贵州午饭不用准备他们的");
        f.soleAnswerTo("guizhou", "08:05", "47");

        f.soleAnswerTo("guizhou", "08:06", "确认");

        assertThat(lunch()).isEqualTo(3);
    }

    @Test
    void aQuestionForTheDinersSaysSo() {
        assertThat(f.soleAnswerTo("bingtuan", "07:12", "兵团午饭和昨天一样")).contains("请问午餐用餐的是多少人？");
    }

    @Test
    void theReplyOfferedForATomorrowsMealNamesTheDay() {
        f.soleAnswerTo("guizhou", "08:00", "贵州明天午饭不用准备他们的");

        assertThat(f.soleAnswerTo("guizhou", "08:05", "47")).contains("请确认").contains("如果是47人用餐，请回复“明天午餐47人”");
        assertThat(f.diners(DAY.plusDays(1), "LUNCH", "guizhou")).isEqualTo(50);
    }
}
