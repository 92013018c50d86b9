package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.Meal;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

class DialogueTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private final ConversationFixture f = new ConversationFixture(TestEvents.withPeople());
    private final Meal dinner = TestEvents.withPeople().meal("DINNER").orElseThrow();

    private int hunanDinner() {
        return f.core.meals.count(SUNDAY, dinner, "hunan").diners();
    }

    /** The parser reads {@code text} as a draft with {@code field} still to ask. */
    private void readsWithGap(String text, Gap.Field field, Record draft) {
        f.reads(text, new ParseOutcome.Incomplete(List.of(), List.of(new Gap(field, draft, text))));
    }

    /** Hunan's liaison edits message {@code m} to {@code text} at {@code time}. */
    private void edit(IncomingMessage m, String time, String text) {
        f.send(new IncomingMessage(
                GROUP, m.messageId(), "hunan-li", "hunan-li", ConversationFixture.time(time), text, null, true));
    }

    @Test
    void anUnderstoodMessageIsAppliedAndAnsweredWithItsEffectAndAnUndoButton() {
        f.reads("晚饭不吃了", new MealCancel("hunan", SUNDAY, "DINNER", null));

        IncomingMessage m = f.say("hunan-li", "2026-11-22T09:00", "晚饭不吃了");

        Reply reply = f.lastTo(GROUP);
        assertThat(reply.text()).isEqualTo("""
                已记录：湖南省代表团 11月22日（周日）晚餐 取消全团（35人→0人）
                11月22日（周日）晚餐 九院宾馆自助餐厅合计50人（容量100人）""");
        assertThat(reply.replyTo()).isEqualTo(m.messageId());
        assertThat(reply.buttons()).containsExactly(new Button("撤销", "undo:" + m.messageId()));
        assertThat(hunanDinner()).isZero();
        assertThat(f.log.all()).containsExactly(m);
    }

    @Test
    void talkIsStoredButNotAnswered() {
        f.say("hunan-li", "2026-11-22T09:00", "收到，谢谢");

        assertThat(f.outbox.sent()).isEmpty();
        assertThat(f.log.all()).hasSize(1);
    }

    @Test
    void aChatNotInTheEventFileIsNotServed() {
        f.reads("晚饭不吃了", new MealCancel("hunan", SUNDAY, "DINNER", null));

        f.send(new IncomingMessage(
                new ChatRef("sandbox", "elsewhere"),
                "x1",
                "hunan-li",
                "李娜",
                ConversationFixture.time("2026-11-22T09:00"),
                "晚饭不吃了",
                null,
                false));

        assertThat(f.outbox.sent()).isEmpty();
        assertThat(hunanDinner()).isEqualTo(35);
    }

    @Test
    void theSamePlatformMessageTwiceChangesNothingTheSecondTime() {
        f.reads("晚饭加2人", new MealAdd("hunan", SUNDAY, "DINNER", 2));
        IncomingMessage m = f.say("hunan-li", "2026-11-22T09:00", "晚饭加2人");

        f.send(m);

        assertThat(hunanDinner()).isEqualTo(37);
        assertThat(f.outbox.sent()).hasSize(1);
    }

    @Test
    void aMessageStoredBeforeTheProcessStoppedIsHandledOnceWhenDeliveredAgain() {
        f.reads("晚饭加2人", new MealAdd("hunan", SUNDAY, "DINNER", 2));
        IncomingMessage m = new IncomingMessage(
                GROUP, "k1", "hunan-li", "李娜", ConversationFixture.time("2026-11-22T09:00"), "晚饭加2人", null, false);
        f.log.store(m); // stored raw, then the process was killed before handling it

        f.send(m);
        f.send(m);

        assertThat(hunanDinner()).isEqualTo(37);
        assertThat(f.outbox.sent()).hasSize(1);
        assertThat(f.log.all()).containsExactly(m);
    }

    @Test
    void aMessageAppliedBeforeTheProcessStoppedIsAnsweredWhenDeliveredAgainAndNotCountedTwice() {
        MealAdd add = new MealAdd("hunan", SUNDAY, "DINNER", 2);
        f.reads("晚饭加2人", add);
        IncomingMessage m = new IncomingMessage(
                GROUP, "k2", "hunan-li", "李娜", ConversationFixture.time("2026-11-22T09:00"), "晚饭加2人", null, false);
        f.log.store(m);
        f.core.recorder.apply(org.receptionbot.ledger.Source.of(m), List.of(add)); // then the process was killed

        f.send(m);

        assertThat(hunanDinner()).isEqualTo(37);
        assertThat(f.outbox.sent()).singleElement().satisfies(r -> {
            assertThat(r.text()).startsWith("已记录：").contains("湖南省代表团");
            assertThat(r.buttons()).extracting(b -> b.label()).containsExactly("撤销");
        });
    }

    @Test
    void undoTakesBackTheSendersLastMessage() {
        f.reads("晚饭报30人", new MealCount("hunan", SUNDAY, "DINNER", 30));
        f.reads("晚饭加2人", new MealAdd("hunan", SUNDAY, "DINNER", 2));
        f.say("hunan-li", "2026-11-22T09:00", "晚饭报30人");
        f.say("hunan-li", "2026-11-22T09:01", "晚饭加2人");

        f.say("hunan-li", "2026-11-22T09:02", "撤销");

        assertThat(f.lastTo(GROUP).text()).isEqualTo("已撤销：湖南省代表团 11月22日（周日）晚餐 增加2人，晚餐恢复为30人");
        assertThat(hunanDinner()).isEqualTo(30);
    }

    @Test
    void theUndoButtonTakesBackThatMessageAndOnlyItsSenderOrACoordinatorMayPressIt() {
        f.reads("晚饭报30人", new MealCount("hunan", SUNDAY, "DINNER", 30));
        IncomingMessage m = f.say("hunan-li", "2026-11-22T09:00", "晚饭报30人");

        f.press("guizhou-wang", "2026-11-22T09:01", m.messageId(), "undo:" + m.messageId());
        assertThat(f.lastTo(GROUP).text()).startsWith("抱歉，只有发送人本人或协调组可以撤销");
        assertThat(hunanDinner()).isEqualTo(30);

        f.press("tian", "2026-11-22T09:02", m.messageId(), "undo:" + m.messageId());
        assertThat(hunanDinner()).isEqualTo(35);
    }

    @Test
    void anotherLiaisonsPressOfAnAlreadyUndoneButtonIsRefusedNotAnsweredAsNothingToUndo() {
        f.reads("晚饭报30人", new MealCount("hunan", SUNDAY, "DINNER", 30));
        IncomingMessage m = f.say("hunan-li", "2026-11-22T09:00", "晚饭报30人");
        f.press("hunan-li", "2026-11-22T09:01", m.messageId(), "undo:" + m.messageId());
        assertThat(hunanDinner()).isEqualTo(35);

        f.press("guizhou-wang", "2026-11-22T09:02", m.messageId(), "undo:" + m.messageId());
        Reply refused = f.lastTo(GROUP);
        assertThat(refused.kind()).isEqualTo(Reply.Kind.REFUSAL);
        assertThat(refused.text()).isEqualTo("抱歉，只有发送人本人或协调组可以撤销这条记录。");

        // its sender's and a coordinator's press are told there is nothing left, as before
        f.press("hunan-li", "2026-11-22T09:03", m.messageId(), "undo:" + m.messageId());
        assertThat(f.lastTo(GROUP).text()).isEqualTo("没有可以撤销的记录（可能已经撤销过）。");
        assertThat(f.lastTo(GROUP).kind()).isNotEqualTo(Reply.Kind.REFUSAL);
        f.press("tian", "2026-11-22T09:04", m.messageId(), "undo:" + m.messageId());
        assertThat(f.lastTo(GROUP).text()).isEqualTo("没有可以撤销的记录（可能已经撤销过）。");
        assertThat(hunanDinner()).isEqualTo(35);
    }

    @Test
    void anUndoAfterTheDeadlineIsToldToTheCoordinators() {
        f.reads("晚饭报30人", new MealCount("hunan", SUNDAY, "DINNER", 30));
        f.say("hunan-li", "2026-11-22T09:00", "晚饭报30人");

        f.say("hunan-li", "2026-11-22T15:30", "/undo");

        assertThat(f.lastTo(COORDINATORS).text()).isEqualTo("⚠报餐截止后撤销（李娜 15:30）\n湖南省代表团 11月22日（周日）晚餐 报餐30人，晚餐恢复为35人");
        assertThat(hunanDinner()).isEqualTo(35);
    }

    @Test
    void anEditedMessageReplacesTheRecordsOfItsFirstVersion() {
        f.reads("晚饭报30人", new MealCount("hunan", SUNDAY, "DINNER", 30));
        f.reads("晚饭报28人", new MealCount("hunan", SUNDAY, "DINNER", 28));
        IncomingMessage m = f.say("hunan-li", "2026-11-22T09:00", "晚饭报30人");

        edit(m, "2026-11-22T09:05", "晚饭报28人");

        assertThat(hunanDinner()).isEqualTo(28);
        assertThat(f.lastTo(GROUP).text()).isEqualTo("""
                已按修改后的消息更新：湖南省代表团 11月22日（周日）晚餐 改为报餐28人（原为报餐30人），晚餐28人
                11月22日（周日）晚餐 九院宾馆自助餐厅合计78人（容量100人）""");
    }

    @Test
    void anEditToSomethingWithNothingToRecordTakesTheRecordsBack() {
        f.reads("晚饭报30人", new MealCount("hunan", SUNDAY, "DINNER", 30));
        IncomingMessage m = f.say("hunan-li", "2026-11-22T09:00", "晚饭报30人");

        edit(m, "2026-11-22T09:05", "晚饭的事等会儿说");

        assertThat(hunanDinner()).isEqualTo(35);
        assertThat(f.lastTo(GROUP).text()).isEqualTo("消息已修改，原记录已撤销。");
    }

    @Test
    void anIncompleteMessageAsksTheMissingQuestionAndTheNextMessageAnswersIt() {
        readsWithGap("晚饭少5人", Gap.Field.DELEGATION, new MealCancel(null, SUNDAY, "DINNER", 5));

        f.say("tian", "2026-11-22T09:00", "晚饭少5人");
        assertThat(f.lastTo(GROUP).text()).isEqualTo("请问是哪个代表团？（“晚饭少5人”，回复后记录）");

        f.say("tian", "2026-11-22T09:01", "湖南");
        assertThat(f.lastTo(GROUP).text()).startsWith("已记录：湖南省代表团 11月22日（周日）晚餐 减少5人（35人→30人）");
        assertThat(hunanDinner()).isEqualTo(30);
    }

    @Test
    void aMissingCountIsAskedAndANewSentenceIsNotTakenAsTheAnswer() {
        readsWithGap("晚饭要减人", Gap.Field.COUNT, new MealCancel("hunan", SUNDAY, "DINNER", 0));
        f.reads("午饭加3人", new MealAdd("hunan", SUNDAY, "LUNCH", 3));
        f.say("hunan-li", "2026-11-22T09:00", "晚饭要减人");
        assertThat(f.lastTo(GROUP).text()).startsWith("请问晚餐减少几人（不用餐的人数）？");

        f.say("hunan-li", "2026-11-22T09:01", "午饭加3人");
        assertThat(hunanDinner()).isEqualTo(35);

        f.say("hunan-li", "2026-11-22T09:02", "晚饭要减人");
        f.say("hunan-li", "2026-11-22T09:03", "四个");
        assertThat(hunanDinner()).isEqualTo(31);
    }

    @Test
    void anUnknownDelegationInAnAnswerOffersTheClosestNamesAndKeepsAsking() {
        readsWithGap("晚饭少5人", Gap.Field.DELEGATION, new MealCancel(null, SUNDAY, "DINNER", 5));
        f.say("tian", "2026-11-22T09:00", "晚饭少5人");

        f.say("tian", "2026-11-22T09:01", "湖楠");
        assertThat(f.lastTo(GROUP).text()).isEqualTo("没有找到代表团“湖楠”。您是不是要找：湖南省代表团？\n请问是哪个代表团？");

        f.say("tian", "2026-11-22T09:02", "湖南团");
        assertThat(hunanDinner()).isEqualTo(30);
    }

    @Test
    void aQuestionStillTakesItsAnswerFortyMinutesLater() {
        readsWithGap("晚饭少5人", Gap.Field.DELEGATION, new MealCancel(null, SUNDAY, "DINNER", 5));
        f.say("tian", "2026-11-22T09:00", "晚饭少5人");

        f.say("tian", "2026-11-22T09:40", "湖南");

        assertThat(f.lastTo(GROUP).text()).startsWith("已记录：湖南省代表团 11月22日（周日）晚餐 减少5人（35人→30人）");
        assertThat(hunanDinner()).isEqualTo(30);
    }

    @Test
    void aLateReportOfItsOwnIsNotTakenAsTheAnswerToAnOldQuestion() {
        readsWithGap("晚饭要减人", Gap.Field.COUNT, new MealCancel("hunan", SUNDAY, "DINNER", 0));
        f.reads("4人", new MealAdd("hunan", SUNDAY, "LUNCH", 4));
        f.say("hunan-li", "2026-11-22T09:00", "晚饭要减人");

        f.say("hunan-li", "2026-11-22T09:40", "4人");

        assertThat(hunanDinner()).isEqualTo(35);
        assertThat(f.lastTo(GROUP).text()).startsWith("已记录：湖南省代表团 11月22日（周日）午餐 增加4人");
    }

    @Test
    void aQuestionLapsesWhenItsDayHasPassedAndALateAnswerIsToldSoPolitely() {
        readsWithGap("晚饭少5人", Gap.Field.DELEGATION, new MealCancel(null, SUNDAY, "DINNER", 5));
        f.say("tian", "2026-11-22T09:00", "晚饭少5人");
        f.outbox.clear();

        f.say("tian", "2026-11-23T00:10", "湖南");

        assertThat(f.lastTo(GROUP).text()).isEqualTo("上一个问题所问的日期已过，“晚饭少5人”未记录，请重新完整发送一次。");
        assertThat(hunanDinner()).isEqualTo(35);
        f.outbox.clear();
        f.say("tian", "2026-11-23T00:12", "湖南");
        assertThat(f.outbox.sent()).isEmpty();
    }

    @Test
    void aChangeAfterTheDeadlineIsTakenMarkedLateAndToldToTheCoordinators() {
        f.reads("晚饭少5人", new MealCancel("hunan", SUNDAY, "DINNER", 5));

        f.say("hunan-li", "2026-11-22T16:10", "晚饭少5人");

        assertThat(hunanDinner()).isEqualTo(30);
        assertThat(f.lastTo(GROUP).text()).endsWith("⚠已过报餐截止时间，本次变更已通知协调组。");
        assertThat(f.lastTo(COORDINATORS).text()).startsWith("⚠报餐截止后变更（李娜 16:10）\n湖南省代表团 11月22日（周日）晚餐 减少5人（35人→30人）");
    }

    @Test
    void aLiaisonChangingAnotherDelegationIsRefusedPolitelyAndNothingChanges() {
        f.reads("湖南晚饭不吃了", new MealCancel("hunan", SUNDAY, "DINNER", null));

        f.say("guizhou-wang", "2026-11-22T09:00", "湖南晚饭不吃了");

        assertThat(f.lastTo(GROUP).text()).isEqualTo("抱歉，湖南省代表团的记录只能由该团联络员李娜或协调组修改。");
        assertThat(hunanDinner()).isEqualTo(35);
    }

    @Test
    void someoneUnboundIsToldWhoCanAndHowToBind() {
        f.reads("湖南晚饭不吃了", new MealCancel("hunan", SUNDAY, "DINNER", null));

        f.say("stranger", "2026-11-22T09:00", "湖南晚饭不吃了");

        assertThat(f.lastTo(GROUP).text()).isEqualTo("抱歉，湖南省代表团的记录只能由该团联络员李娜或协调组修改。如您是该团联络员，请发送“/bind 湖南”申请绑定。");
    }

    @Test
    void anAbsurdCountIsHeldUntilTheSenderConfirms() {
        f.reads("晚饭报350人", new MealCount("hunan", SUNDAY, "DINNER", 350));

        IncomingMessage m = f.say("hunan-li", "2026-11-22T09:00", "晚饭报350人");
        Reply ask = f.lastTo(GROUP);
        assertThat(ask.text()).startsWith("请确认以下人数（超出该团规模较多）：\n湖南省代表团 11月22日（周日）晚餐 报餐350人（该团共35人）");
        assertThat(hunanDinner()).isEqualTo(35);

        f.press(
                "hunan-li",
                "2026-11-22T09:01",
                m.messageId(),
                ask.buttons().get(0).action());
        assertThat(hunanDinner()).isEqualTo(350);
        assertThat(f.lastTo(GROUP).text()).startsWith("已记录：湖南省代表团 11月22日（周日）晚餐 报餐350人（35人→350人）");
    }

    @Test
    void aMainMealFigureFarUnderTheSizeIsRecordedWithAWarningButALateNightOneWithout() {
        f.reads("晚饭报6人", new MealCount("hunan", SUNDAY, "DINNER", 6));
        f.reads("宵夜报6人", new MealCount("hunan", SUNDAY, "LATE_NIGHT", 6));

        f.say("hunan-li", "2026-11-22T09:00", "晚饭报6人");
        assertThat(f.lastTo(GROUP).text()).startsWith("已记录").contains("⚠人数与该团规模相差较多：湖南省代表团 11月22日（周日）晚餐 报餐6人（该团共35人）");
        assertThat(hunanDinner()).isEqualTo(6);

        f.say("hunan-li", "2026-11-22T09:05", "宵夜报6人");
        assertThat(f.lastTo(GROUP).text()).startsWith("已记录").doesNotContain("相差较多");
    }

    @Test
    void aFigureAboveTheSizeButUnderTwiceItIsRecordedWithAWarningAndTheSizeItselfWithout() {
        f.reads("晚饭报45人", new MealCount("hunan", SUNDAY, "DINNER", 45));
        f.reads("晚饭报35人", new MealCount("hunan", SUNDAY, "DINNER", 35));

        f.say("hunan-li", "2026-11-22T09:00", "晚饭报45人");
        assertThat(f.lastTo(GROUP).text())
                .startsWith("已记录")
                .contains("⚠人数多于该团人数：湖南省代表团 11月22日（周日）晚餐 报餐45人（该团共35人）。如有误，请直接回复更正");
        assertThat(hunanDinner()).isEqualTo(45);

        f.say("hunan-li", "2026-11-22T09:05", "晚饭报35人");
        assertThat(f.lastTo(GROUP).text()).startsWith("已记录").doesNotContain("⚠");
    }

    @Test
    void aListWithOneFigureFarUnderItsSizeRecordsEveryLine() {
        String list = "晚饭接龙\n1. 湖南 33\n2. 贵州 六";
        f.reads(list, new MealCount("hunan", SUNDAY, "DINNER", 33), new MealCount("guizhou", SUNDAY, "DINNER", 6));

        f.say("tian", "2026-11-22T09:00", list);

        assertThat(hunanDinner()).isEqualTo(33);
        assertThat(f.core.meals.count(SUNDAY, dinner, "guizhou").diners()).isEqualTo(6);
        assertThat(f.lastTo(GROUP).text()).contains("⚠人数与该团规模相差较多：贵州").doesNotContain("湖南省代表团 11月22日（周日）晚餐 报餐33人（该团");
    }

    @Test
    void aDateOutsideTheEventIsRefused() {
        f.reads("30号晚饭报30人", new MealCount("hunan", LocalDate.of(2026, 11, 30), "DINNER", 30));

        f.say("hunan-li", "2026-11-22T09:00", "30号晚饭报30人");

        assertThat(f.lastTo(GROUP).text()).isEqualTo("11月30日（周一）不在活动日期内（11月20日（周五）至11月26日（周四）），未记录。请核对日期后重新发送。");
    }

    @Test
    void aDepartureOfMorePeopleThanTheDelegationHasIsHeldNamingItsSize() {
        f.reads("明天上午10点走，共40人", new Departure("hunan", SUNDAY, LocalTime.of(10, 0), 40, null));

        f.say("hunan-li", "2026-11-21T09:00", "明天上午10点走，共40人");

        assertThat(f.lastTo(GROUP).text()).contains("请确认以下人数", "40人", "（该团共35人，多于全团人数）");
        assertThat(hunanDinner()).isEqualTo(35);
    }
}
