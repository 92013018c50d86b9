package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.Meal;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

/** Answers that say in plain words what changes, so a wrong reading is caught at once. */
class PlainAnswersTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private final ConversationFixture f = new ConversationFixture(TestEvents.withPeople());
    private final Meal dinner = TestEvents.withPeople().meal("DINNER").orElseThrow();

    private int hunanDinner() {
        return f.core.meals.count(SUNDAY, dinner, "hunan").diners();
    }

    private void unclear(String text) {
        f.reads(text, new ParseOutcome.Incomplete(List.of(), List.of(new Gap(Gap.Field.UNCLEAR, null, text))));
    }

    private IncomingMessage edit(IncomingMessage first, String at, String text) {
        return f.send(new IncomingMessage(
                GROUP, first.messageId(), first.senderId(), "李娜", ConversationFixture.time(at), text, null, true));
    }

    @Test
    void anUnreadableReportIsAnsweredWithFormsThatAreReadAndNothingWaitsForAnAnswer() {
        unclear("晚上那个饭的事按刚才说的弄");

        f.say("hunan-li", "2026-11-22T09:00", "晚上那个饭的事按刚才说的弄");
        assertThat(f.lastTo(GROUP).text()).isEqualTo("没能看懂这条消息，未记录。请换个说法再发一次，例如「今晚少5人」「明天午餐30人」。");

        f.outbox.clear();
        f.say("hunan-li", "2026-11-22T09:01", "5");
        assertThat(f.outbox.sent()).isEmpty();
        assertThat(hunanDinner()).isEqualTo(35);
    }

    @Test
    void aCoordinatorIsShownFormsThatNameTheDelegation() {
        unclear("车的事再说");

        f.say("tian", "2026-11-22T09:00", "车的事再说");

        assertThat(f.lastTo(GROUP).text()).isEqualTo("没能看懂这条消息，未记录。请换个说法再发一次，例如「3号车实到42人」「湖南今晚少5人」。");
    }

    @Test
    void whatWasReadBesideAnUnreadableStatementIsRecordedAndTheRestIsNamed() {
        f.reads(
                "晚饭少5人，另外那个按老样子",
                new ParseOutcome.Incomplete(
                        List.of(new MealCancel("hunan", SUNDAY, "DINNER", 5)),
                        List.of(new Gap(Gap.Field.UNCLEAR, null, "另外那个按老样子"))));

        f.say("hunan-li", "2026-11-22T09:00", "晚饭少5人，另外那个按老样子");

        assertThat(f.lastTo(GROUP).text()).isEqualTo("""
                已记录：湖南省代表团 11月22日（周日）晚餐 减少5人（35人→30人）
                11月22日（周日）晚餐 九院宾馆自助餐厅合计80人（容量100人）
                另有“另外那个按老样子”没能看懂，未记录。以上已记录的无需重发；如其中有需要登记的内容，请换个说法单独发一条，例如「今晚少5人」「明天午餐30人」。""");
        assertThat(hunanDinner()).isEqualTo(30);
    }

    @Test
    void anUnreadableMessageFromSomeoneWhoReportsForNobodyStaysUnanswered() {
        unclear("晚饭那个怎么弄");

        f.say("stranger", "2026-11-22T09:00", "晚饭那个怎么弄");

        assertThat(f.outbox.sent()).isEmpty();
    }

    @Test
    void anAsPlannedReportSaysTheFigureItStandsFor() {
        f.reads("晚上正常吃", new MealCount("hunan", SUNDAY, "DINNER", null));

        f.say("hunan-li", "2026-11-22T09:00", "晚上正常吃");

        assertThat(f.lastTo(GROUP).text()).startsWith("已记录：湖南省代表团 11月22日（周日）晚餐 按原计划（35人）\n");
    }

    @Test
    void anEditSaysWhatItWasAndWhatItIsNow() {
        f.reads("晚饭少5人", new MealCancel("hunan", SUNDAY, "DINNER", 5));
        f.reads("晚饭少3人", new MealCancel("hunan", SUNDAY, "DINNER", 3));
        IncomingMessage m = f.say("hunan-li", "2026-11-22T09:00", "晚饭少5人");

        edit(m, "2026-11-22T09:05", "晚饭少3人");

        assertThat(f.lastTo(GROUP).text()).startsWith("已按修改后的消息更新：湖南省代表团 11月22日（周日）晚餐 改为减少3人（原为减少5人），晚餐32人\n");
        assertThat(hunanDinner()).isEqualTo(32);
    }

    @Test
    void aLateEditIsToldToTheCoordinatorsAsACorrection() {
        f.reads("晚饭少5人", new MealCancel("hunan", SUNDAY, "DINNER", 5));
        f.reads("晚饭少3人", new MealCancel("hunan", SUNDAY, "DINNER", 3));
        IncomingMessage m = f.say("hunan-li", "2026-11-22T14:00", "晚饭少5人");

        edit(m, "2026-11-22T16:00", "晚饭少3人");

        assertThat(f.lastTo(COORDINATORS).text()).startsWith("""
                ⚠报餐截止后更正（李娜 16:00）
                湖南省代表团 11月22日（周日）晚餐 改为减少3人（原为减少5人），晚餐32人""");
    }

    @Test
    void anUndoSaysWhatTheMealReturnsTo() {
        f.reads("晚饭少5人", new MealCancel("hunan", SUNDAY, "DINNER", 5));
        f.say("hunan-li", "2026-11-22T09:00", "晚饭少5人");

        f.say("hunan-li", "2026-11-22T09:01", "撤销");

        assertThat(f.lastTo(GROUP).text()).isEqualTo("已撤销：湖南省代表团 11月22日（周日）晚餐 减少5人，晚餐恢复为35人");
    }

    @Test
    void aLateChangeInTheCoordinatorsOwnChatIsAnsweredThereOnce() {
        f.reads("湖南晚饭少5人", new MealCancel("hunan", SUNDAY, "DINNER", 5));

        f.send(new IncomingMessage(
                COORDINATORS,
                "c1",
                "tian",
                "田主任",
                ConversationFixture.time("2026-11-22T16:10"),
                "湖南晚饭少5人",
                null,
                false));

        List<Reply> there = f.outbox.sentTo(COORDINATORS);
        assertThat(there)
                .singleElement()
                .satisfies(r -> assertThat(r.text()).endsWith("⚠已过报餐截止时间。").doesNotContain("通知协调组"));
    }
}
