package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import org.junit.jupiter.api.Test;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.Event;

/**
 * A meal's figure given as a guess gets one answer, the estimate's; people said to be gone already are not asked
 * when they leave (the national games sample, real parser).
 */
class EstimatesAndGoneTest {
    private static final Event EVENT = SampleEvents.games();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT, "2026-11-24");

    @Test
    void aMealsGuessedFigureGetsTheEstimateAnswerAloneAndTheNextFigureAnswersIt() {
        String answer = f.soleAnswerTo("guangxi", "09:10", "广西中午吃饭的嗯…大概三十五六个吧");

        assertThat(answer).startsWith("“大概三十五六个”是估计数，未记录；确定后请报准确人数。").doesNotContainPattern("请问.{0,6}(?:多少人|几人)");
        assertThat(answer.split("估计数", -1)).hasSize(2);
        assertThat(f.soleAnswerTo("guangxi", "09:12", "36"))
                .startsWith("已记录：广西壮族自治区代表团 11月24日（周二）午餐")
                .contains("36人");
    }

    @Test
    void aGuessForTonightIsOneEstimateAnswerToo() {
        String answer = f.soleAnswerTo("guangxi", "09:10", "晚上吃饭的大概四十来个");

        assertThat(answer).contains("是估计数").doesNotContainPattern("请问.{0,6}(?:多少人|几人)");
        assertThat(answer.split("估计数", -1)).hasSize(2);
    }

    @Test
    void aBareMealGuessIsAskedForItsExactFigure() {
        assertThat(f.soleAnswerTo("guangxi", "09:10", "中午二十来个")).isEqualTo("“二十来个”是估计数，未记录；确定后请报准确人数。（“中午二十来个”，回复后记录）");
    }

    @Test
    void peopleGoneAlreadyAreRecordedAsLeftAtTheReportsMinuteWithNoQuestion() {
        String answer = f.soleAnswerTo("guangxi", "19:10", "有2个已经回南宁了");

        assertThat(answer)
                .contains("11月24日（周二）19:10 离开 2人")
                .doesNotContain("离开时间")
                .doesNotContain("仍按");
        assertThat(f.soleAnswerTo("guangxi", "19:20", "有3个已经返回柳州了"))
                .contains("19:20 离开 3人")
                .doesNotContain("离开时间");
    }

    @Test
    void peopleLeavingLaterTodayWithNoHourAreStillAskedTheHour() {
        assertThat(f.soleAnswerTo("guangxi", "09:00", "有2个今天要回南宁")).contains("请告知离开时间");
        assertThat(f.lastTo(GROUP).kind()).isNotEqualTo(Reply.Kind.REFUSAL);
    }
}
