package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.event.Meal;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCount;

class FigureCorrectionTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private final ConversationFixture f = new ConversationFixture(TestEvents.withPeople());
    private final Meal dinner = TestEvents.withPeople().meal("DINNER").orElseThrow();
    private int replies;

    FigureCorrectionTest() {
        f.reads("晚饭报30人", new MealCount("hunan", SUNDAY, "DINNER", 30));
        f.reads("晚饭报290人", new MealCount("hunan", SUNDAY, "DINNER", 290));
    }

    private int hunanDinner() {
        return f.core.meals.count(SUNDAY, dinner, "hunan").diners();
    }

    private void reply(String sender, String at, String replyTo, String text) {
        f.send(new IncomingMessage(
                GROUP, "r" + (++replies), sender, sender, ConversationFixture.time(at), text, replyTo, false));
    }

    @Test
    void aCorrectionInAnswerToAConfirmPromptRecordsTheCorrectedFigure() {
        f.say("hunan-li", "2026-11-22T09:00", "晚饭报290人");
        assertThat(f.lastTo(GROUP).text()).endsWith("如有误请回复“不对，是××人”或重新发送。");

        f.say("hunan-li", "2026-11-22T09:01", "不对，是29人");

        assertThat(hunanDinner()).isEqualTo(29);
        assertThat(f.lastTo(GROUP).text()).startsWith("已记录：湖南省代表团 11月22日（周日）晚餐 报餐29人（35人→29人）");
    }

    @Test
    void aCorrectionReplyingToTheBotsReceiptReplacesTheFigureOfTheSendersLastReport() {
        f.say("hunan-li", "2026-11-22T09:00", "晚饭报30人");

        reply("hunan-li", "2026-11-22T09:02", "bot-answer-1", "改成29");

        assertThat(hunanDinner()).isEqualTo(29);
        assertThat(f.lastTo(GROUP).text()).startsWith("已更正：湖南省代表团 11月22日（周日）晚餐 改为报餐29人（原为报餐30人），晚餐29人");
    }

    @Test
    void aCorrectionReplyingToAReportReplacesThatReportsFigureAndUndoTakesItBack() {
        IncomingMessage first = f.say("hunan-li", "2026-11-22T09:00", "晚饭报30人");

        reply("hunan-li", "2026-11-22T09:02", first.messageId(), "应该是29人");
        assertThat(hunanDinner()).isEqualTo(29);

        f.press(
                "hunan-li",
                "2026-11-22T09:03",
                first.messageId(),
                f.lastTo(GROUP).buttons().get(0).action());
        assertThat(hunanDinner()).isEqualTo(35);
    }

    @Test
    void theSameWordsWithNothingToCorrectAreNotTakenAsACorrection() {
        f.say("hunan-li", "2026-11-22T09:00", "不对，是29人");

        assertThat(f.outbox.sent()).isEmpty();
        assertThat(hunanDinner()).isEqualTo(35);
    }

    @Test
    void anotherLiaisonMayNotCorrectADelegationsFigure() {
        IncomingMessage first = f.say("hunan-li", "2026-11-22T09:00", "晚饭报30人");

        reply("guizhou-wang", "2026-11-22T09:02", first.messageId(), "不对，是29人");

        assertThat(f.lastTo(GROUP).text()).startsWith("抱歉，湖南省代表团的记录只能由");
        assertThat(hunanDinner()).isEqualTo(30);
    }

    @Test
    void aStandaloneCorrectionRightAfterTheSendersReportReplacesItsFigure() {
        f.say("hunan-li", "2026-11-22T09:00", "晚饭报30人");

        f.say("hunan-li", "2026-11-22T09:03", "不对，是29人");

        assertThat(hunanDinner()).isEqualTo(29);
        assertThat(f.lastTo(GROUP).text()).startsWith("已更正：湖南省代表团 11月22日（周日）晚餐 改为报餐29人（原为报餐30人），晚餐29人");
    }

    @Test
    void aStandaloneCorrectionLongAfterTheReportButBeforeTheMealsDeadlineReplacesItsFigure() {
        f.say("hunan-li", "2026-11-22T09:00", "晚饭报30人");

        f.say("hunan-li", "2026-11-22T14:30", "不对，是29人");

        assertThat(hunanDinner()).isEqualTo(29);
        assertThat(f.lastTo(GROUP).text()).startsWith("已更正：湖南省代表团 11月22日（周日）晚餐 改为报餐29人（原为报餐30人），晚餐29人");
    }

    @Test
    void aStandaloneCorrectionLongAfterTheReportAndPastTheMealsDeadlineAsksWhichRecordNamingTheLastOne() {
        f.say("hunan-li", "2026-11-22T09:00", "晚饭报30人");

        f.say("hunan-li", "2026-11-22T15:05", "不对，是29人");

        assertThat(hunanDinner()).isEqualTo(30);
        assertThat(f.lastTo(GROUP).text())
                .isEqualTo("未更正：不能确定要更正哪条记录。您最近的一条是“湖南省代表团 11月22日（周日）晚餐 报餐30人”。"
                        + "如要更正这条，请回复该条消息发送“不对，是29人”，或发送“撤销”后重新报送。");
    }

    @Test
    void anUndoAfterTheRefusedCorrectionTakesTheReportBack() {
        f.say("hunan-li", "2026-11-22T09:00", "晚饭报30人");
        f.say("hunan-li", "2026-11-22T15:05", "不对，是29人");

        f.say("hunan-li", "2026-11-22T15:06", "撤销");

        assertThat(f.lastTo(GROUP).text()).startsWith("您的上一条消息没有记录内容，撤销的是此前最近一条有记录的消息。\n已撤销：湖南省代表团 11月22日（周日）晚餐 报餐30人");
        assertThat(hunanDinner()).isEqualTo(35);
    }

    @Test
    void aCorrectionOfAReportACoordinatorUndidSaysThereIsNothingToCorrect() {
        IncomingMessage m = f.say("hunan-li", "2026-11-22T09:00", "晚饭报30人");
        f.press("tian", "2026-11-22T09:02", m.messageId(), "undo:" + m.messageId());

        f.say("hunan-li", "2026-11-22T09:03", "不对 是32人");

        assertThat(f.lastTo(GROUP).text()).isEqualTo("没有可更正的记录（原记录已撤销）。请直接报，如：明天午饭32人");
        assertThat(hunanDinner()).isEqualTo(35);
    }
}
