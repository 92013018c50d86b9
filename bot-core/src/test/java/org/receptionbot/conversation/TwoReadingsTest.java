package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCount;

class TwoReadingsTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private final ConversationFixture f = new ConversationFixture(TestEvents.withPeople());

    TwoReadingsTest() {
        f.reads("晚饭30人", new MealCount("hunan", SUNDAY, "DINNER", 30));
        f.reads("湖南晚饭照常", new MealCount("hunan", SUNDAY, "DINNER", null));
        f.reads("晚饭照常", new MealCount("hunan", SUNDAY, "DINNER", null));
        f.reads("湖南晚饭30人", new MealCount("hunan", SUNDAY, "DINNER", 30));
    }

    /** 李娜 reports 30 for dinner, then 田主任 says 湖南晚饭照常: he is asked which; returns his message. */
    private IncomingMessage coordinatorsPlanOverLiaisonsFigure() {
        f.say("hunan-li", "2026-11-22T09:00", "晚饭30人");
        return f.say("tian", "2026-11-22T09:05", "湖南晚饭照常");
    }

    /** 田主任 reports 30 for 湖南's dinner, then 李娜 says 晚饭照常: she is asked which. */
    private void liaisonsPlanOverCoordinatorsFigure() {
        f.say("tian", "2026-11-22T09:00", "湖南晚饭30人");
        f.say("hunan-li", "2026-11-22T09:05", "晚饭照常");
    }

    private int hunanDinner() {
        return f.diners(SUNDAY, "DINNER", "hunan");
    }

    @Test
    void aCoordinatorsAsPlannedOverALiaisonsFigureAsksWhichNamingBoth() {
        coordinatorsPlanOverLiaisonsFigure();

        Reply ask = f.lastTo(GROUP);
        assertThat(ask.text()).isEqualTo("""
                湖南省代表团 11月22日（周日）晚餐：李娜已报30人，原计划为35人。
                请问按已报人数还是按原计划？请点按钮或回复“按已报”或“按原计划”。
                回答前不作变更，汇总中列为“待确认”；所报日期结束前回答均有效。""");
        assertThat(ask.kind()).isEqualTo(Reply.Kind.QUESTION);
        assertThat(ask.buttons()).extracting(b -> b.label()).containsExactly("按已报人数", "按原计划");
        assertThat(hunanDinner()).isEqualTo(30);
    }

    @Test
    void choosingThePlanWithItsButtonRecordsTheAsPlanned() {
        var m = coordinatorsPlanOverLiaisonsFigure();

        f.pressOnLast("tian", "2026-11-22T09:06", m, "按原计划");

        assertThat(hunanDinner()).isEqualTo(35);
        assertThat(f.lastTo(GROUP).text()).startsWith("已记录：湖南省代表团 11月22日（周日）晚餐 按原计划（30人→35人）");
    }

    @Test
    void replyingAsReportedKeepsTheLiaisonsFigureAndTheOtherAnswerLapses() {
        var m = coordinatorsPlanOverLiaisonsFigure();
        String planned = f.lastTo(GROUP).buttons().get(1).action();

        assertThat(f.answerTo("tian", "2026-11-22T09:06", "按已报")).isEqualTo("已保留已报人数，未作变更。");

        f.press("tian", "2026-11-22T09:07", m.messageId(), planned);
        assertThat(f.lastTo(GROUP).text()).isEqualTo("该问题已过期或已处理，如需记录请重新发送。");
        assertThat(hunanDinner()).isEqualTo(30);
    }

    @Test
    void aLiaisonsOwnAsPlannedIsRecordedAtOnce() {
        f.say("hunan-li", "2026-11-22T09:00", "晚饭照常");

        assertThat(f.lastTo(GROUP).text()).startsWith("已记录：湖南省代表团 11月22日（周日）晚餐 按原计划");
        assertThat(f.lastTo(GROUP).buttons()).extracting(b -> b.label()).containsExactly("撤销");
    }

    @Test
    void asPlannedOverTheSendersOwnFigureIsRecordedAtOnce() {
        f.say("hunan-li", "2026-11-22T09:00", "晚饭30人");

        f.say("hunan-li", "2026-11-22T09:05", "晚饭照常");

        assertThat(hunanDinner()).isEqualTo(35);
    }

    @Test
    void someoneElseMayNotChooseForTheSender() {
        var m = coordinatorsPlanOverLiaisonsFigure();

        f.pressOnLast("guizhou-wang", "2026-11-22T09:06", m, "按原计划");

        assertThat(f.lastTo(GROUP).text()).isEqualTo("抱歉，只有发送人本人或协调组可以选择。");
        assertThat(hunanDinner()).isEqualTo(30);
    }

    @Test
    void aCoordinatorsAnswerToALiaisonsQuestionSettlesItSayingWhoAnswered() {
        liaisonsPlanOverCoordinatorsFigure();

        String answer = f.answerTo("tian", "2026-11-22T09:06", "按原计划");

        assertThat(answer).startsWith("已记录：湖南省代表团 11月22日（周日）晚餐 按原计划（30人→35人）").endsWith("（本问题是问李娜的，由田主任代为答复。）");
        assertThat(hunanDinner()).isEqualTo(35);
    }

    @Test
    void anotherLiaisonsAnswerIsToldWhomTheQuestionIsForAndChangesNothing() {
        liaisonsPlanOverCoordinatorsFigure();

        String answer = f.answerTo("guizhou-wang", "2026-11-22T09:06", "按原计划");

        assertThat(answer).isEqualTo("该问题是问李娜的，请李娜本人回复或由协调组答复；未作变更。");
        assertThat(hunanDinner()).isEqualTo(30);
        f.say("hunan-li", "2026-11-22T09:07", "按原计划");
        assertThat(hunanDinner()).isEqualTo(35);
    }
}
