package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

/**
 * Every two-way question takes a reply that leads with one of its answers, fillers before it and a remark after it
 * (按已报/按原计划, 是/否), and asks again when the reply reads two ways; a discourse word (对了) is no answer.
 */
class ChoiceRepliesInChatTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);

    private static ConversationFixture fixture() {
        ConversationFixture f = new ConversationFixture(TestEvents.withPeople());
        f.reads("晚饭30人", new MealCount("hunan", SUNDAY, "DINNER", 30));
        f.reads("湖南晚饭照常", new MealCount("hunan", SUNDAY, "DINNER", null));
        f.reads("午餐减6人", new MealCancel("hunan", SUNDAY, "LUNCH", 6));
        f.reads("晚饭加2人", new org.receptionbot.record.MealAdd("hunan", SUNDAY, "DINNER", 2));
        return f;
    }

    private static int dinner(ConversationFixture f) {
        return f.diners(SUNDAY, "DINNER", "hunan");
    }

    @Test
    void anAsPlannedQuestionTakesAnAnswerWithARemark() {
        for (String[] said : new String[][] {
            {"按原计划吧 他们晚上都回来", "35"}, {"嗯 按原计划", "35"}, {"照常 比赛结束都回来吃", "35"},
            {"按已报的 有几个不回来", "30"}, {"就按已报人数吧", "30"}, {"不是按原计划 按已报", "30"}
        }) {
            ConversationFixture f = fixture();
            f.say("hunan-li", "2026-11-22T09:00", "晚饭30人");
            f.say("tian", "2026-11-22T09:05", "湖南晚饭照常");

            f.answerTo("tian", "2026-11-22T09:06", said[0]);

            assertThat(dinner(f)).as(said[0]).isEqualTo(Integer.parseInt(said[1]));
        }
    }

    @Test
    void aRepeatQuestionTakesAnAnswerWithARemark() {
        for (String[] said : new String[][] {
            {"否 刚才是重复发的", "29"}, {"不用 重复了", "29"}, {"不是 发重了", "29"}, {"是的 另外又有人不来", "23"}, {"确认，是另外的", "23"}
        }) {
            ConversationFixture f = fixture();
            f.say("hunan-li", "2026-11-22T09:00", "午餐减6人");
            f.say("hunan-li", "2026-11-22T09:04", "午餐减6人");

            f.answerTo("hunan-li", "2026-11-22T09:05", said[0]);

            assertThat(f.diners(SUNDAY, "LUNCH", "hunan")).as(said[0]).isEqualTo(Integer.parseInt(said[1]));
        }
    }

    @Test
    void aDiscourseWordIsNoAnswerAndTheReportAfterItIsRead() {
        ConversationFixture f = fixture();
        f.reads("对了 晚饭加2人", new org.receptionbot.record.MealAdd("hunan", SUNDAY, "DINNER", 2));
        f.say("hunan-li", "2026-11-22T09:00", "午餐减6人");
        f.say("hunan-li", "2026-11-22T09:04", "午餐减6人");

        f.answerTo("hunan-li", "2026-11-22T09:05", "对了 晚饭加2人");

        assertThat(dinner(f)).isEqualTo(37);
        assertThat(f.diners(SUNDAY, "LUNCH", "hunan")).isEqualTo(29);
    }

    @Test
    void aReplySayingBothAnswersIsAskedAgain() {
        ConversationFixture f = fixture();
        f.say("hunan-li", "2026-11-22T09:00", "晚饭30人");
        f.say("tian", "2026-11-22T09:05", "湖南晚饭照常");

        assertThat(f.answerTo("tian", "2026-11-22T09:06", "按原计划 还是按已报 我问问"))
                .startsWith("未作变更")
                .contains("按原计划", "按已报");
        assertThat(dinner(f)).isEqualTo(30);
    }
}
