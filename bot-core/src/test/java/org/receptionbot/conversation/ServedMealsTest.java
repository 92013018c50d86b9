package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReader;
import org.receptionbot.event.EventReading;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

/** Once lunch (11:30) is being served, its reported figure stands on every path that would change it. */
class ServedMealsTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private static final ChatRef KITCHEN = new ChatRef("sandbox", "kitchen");
    private static final String LUNCH_STANDS_30 =
            "该餐已开餐，报餐人数30人是结算依据，不再变更。\n明天的午餐仍可报送：请写明日期，如“明天午餐%s”。" + "\n实际就餐人数如有出入，请告知协调组或餐饮保障组，由其登记。";
    private static final String LUNCH_STANDS_30_TO_COORDINATOR =
            "该餐已开餐，报餐人数30人是结算依据，不再变更。\n实际就餐人数如有出入，请协调组或餐饮保障组用 /actual 登记。";
    private final ConversationFixture f = new ConversationFixture(withCaterer());

    ServedMealsTest() {
        f.reads("中午30人", new MealCount("hunan", SUNDAY, "LUNCH", 30));
        f.reads("中午少5人", new MealCancel("hunan", SUNDAY, "LUNCH", 5));
        f.reads("湖南中午少5人", new MealCancel("hunan", SUNDAY, "LUNCH", 5));
        f.reads("中午300人", new MealCount("hunan", SUNDAY, "LUNCH", 300));
        f.reads("午饭少5人", new MealCancel(null, SUNDAY, "LUNCH", 5));
        f.reads("湖南中午照常", new MealCount("hunan", SUNDAY, "LUNCH", null));
        f.reads("中午晚上都少5人", new MealCancel("hunan", SUNDAY, "LUNCH", 5), new MealCancel("hunan", SUNDAY, "DINNER", 5));
        f.reads("中午晚上都30人", new MealCount("hunan", SUNDAY, "LUNCH", 30), new MealCount("hunan", SUNDAY, "DINNER", 30));
        f.reads("中午晚上都28人", new MealCount("hunan", SUNDAY, "LUNCH", 28), new MealCount("hunan", SUNDAY, "DINNER", 28));
    }

    private static Event withCaterer() {
        String resource = "/events/event-with-caterer.yml";
        return ((EventReading.Valid) EventReader.read(resource, TestEvents.tree(resource))).event();
    }

    private int hunan(String meal) {
        return f.core.meals
                .count(SUNDAY, f.core.event.meal(meal).orElseThrow(), "hunan")
                .diners();
    }

    private String answer() {
        return f.lastTo(GROUP).text();
    }

    @Test
    void aReportForAMealBeingServedIsNotRecordedAndTellsTheLiaisonWhoRegistersTheActualDiners() {
        f.say("hunan-li", "2026-11-22T12:10", "中午少5人");

        assertThat(hunan("LUNCH")).isEqualTo(35);
        assertThat(answer()).isEqualTo("""
            未记录：湖南省代表团 11月22日（周日）午餐 减少5人。该餐已开餐，报餐人数35人是结算依据，不再变更。
            明天的午餐仍可报送：请写明日期，如“明天午餐少5人”。
            实际就餐人数如有出入，请告知协调组或餐饮保障组，由其登记。\
            """);
        assertThat(f.outbox.sentTo(KITCHEN)).isEmpty();
        assertThat(f.outbox.sentTo(COORDINATORS)).isEmpty();
    }

    @Test
    void aCoordinatorsReportForAMealBeingServedOffersTheActualCommandItImplies() {
        f.say("tian", "2026-11-22T12:10", "湖南中午少5人");

        assertThat(answer()).isEqualTo("""
            未记录：湖南省代表团 11月22日（周日）午餐 减少5人。该餐已开餐，报餐人数35人是结算依据，不再变更。
            实际就餐人数如有出入，请协调组或餐饮保障组用 /actual 登记。
            按本条计，九院宾馆自助餐厅实到80人：/actual 九院宾馆自助餐厅 午餐 80 11月22日\
            """);
    }

    @Test
    void theActualOfferedIsACommandTheCoordinatorCanSendAsItIs() {
        f.say("tian", "2026-11-22T12:10", "湖南中午少5人");
        String offered = answer().substring(answer().indexOf("/actual 九院"));

        f.say("tian", "2026-11-22T12:20", offered);

        assertThat(answer()).startsWith("已登记：11月22日（周日）午餐 九院宾馆自助餐厅 实到80人").contains("预订85人");
    }

    @Test
    void anUndoRightAfterARefusedReportTakesTheLastRecordedOneBackButNotItsServedMeal() {
        f.say("hunan-li", "2026-11-22T10:00", "中午晚上都30人");
        f.say("hunan-li", "2026-11-22T12:10", "中午少5人");

        f.say("hunan-li", "2026-11-22T12:11", "撤销");

        assertThat(answer()).startsWith("您的上一条消息没有记录内容，撤销的是此前最近一条有记录的消息。\n已撤销：");
        assertThat(hunan("DINNER")).isEqualTo(35);
        assertThat(hunan("LUNCH")).isEqualTo(30);
    }

    @Test
    void anUndoAfterARecordedReportStillTakesItBack() {
        f.say("hunan-li", "2026-11-22T10:00", "中午晚上都30人");
        f.say("hunan-li", "2026-11-22T10:05", "中午晚上都28人");

        f.say("hunan-li", "2026-11-22T10:06", "撤销");

        assertThat(answer()).startsWith("已撤销");
        assertThat(hunan("DINNER")).isEqualTo(30);
    }

    @Test
    void aReportJustBeforeServingIsRecordedAsALateChange() {
        f.say("hunan-li", "2026-11-22T11:29", "中午少5人");

        assertThat(hunan("LUNCH")).isEqualTo(30);
        assertThat(answer()).startsWith("已记录：").endsWith("⚠已过报餐截止时间，本次变更已通知协调组和餐饮保障组。");
    }

    @Test
    void aMessageCoveringAServedMealAndALaterOneRecordsTheLaterOneAndSaysWhichPartWasNot() {
        f.say("hunan-li", "2026-11-22T12:10", "中午晚上都少5人");

        assertThat(hunan("LUNCH")).isEqualTo(35);
        assertThat(hunan("DINNER")).isEqualTo(30);
        assertThat(answer())
                .startsWith("已记录：湖南省代表团 11月22日（周日）晚餐 减少5人（35人→30人）")
                .contains("\n未记录：湖南省代表团 11月22日（周日）午餐 减少5人。该餐已开餐，报餐人数35人是结算依据");
    }

    @Test
    void aCorrectionOfAReportWhoseMealHasBegunIsNotRecorded() {
        f.say("hunan-li", "2026-11-22T11:25", "中午30人");

        f.say("hunan-li", "2026-11-22T11:32", "不对，是29人");

        assertThat(hunan("LUNCH")).isEqualTo(30);
        assertThat(answer()).isEqualTo("未记录：湖南省代表团 11月22日（周日）午餐 报餐29人。" + LUNCH_STANDS_30.formatted("29人"));
    }

    @Test
    void anEditKeepsTheServedMealAsItStandsAndChangesTheLaterOne() {
        IncomingMessage sent = f.say("hunan-li", "2026-11-22T11:00", "中午晚上都30人");

        f.send(new IncomingMessage(
                GROUP,
                sent.messageId(),
                "hunan-li",
                "hunan-li",
                ConversationFixture.time("2026-11-22T12:00"),
                "中午晚上都28人",
                null,
                true));

        assertThat(hunan("LUNCH")).isEqualTo(30);
        assertThat(hunan("DINNER")).isEqualTo(28);
        assertThat(answer()).startsWith("已按修改后的消息更新：").contains("未记录：湖南省代表团 11月22日（周日）午餐 报餐28人。");
    }

    @Test
    void aChoiceRepliedAfterServingBeganRecordsNothing() {
        f.say("hunan-li", "2026-11-22T11:20", "中午30人");
        f.say("tian", "2026-11-22T11:25", "湖南中午照常");
        assertThat(answer()).contains("请问按已报人数还是按原计划？");

        f.say("tian", "2026-11-22T11:31", "按原计划");

        assertThat(hunan("LUNCH")).isEqualTo(30);
        assertThat(answer()).isEqualTo("未记录：湖南省代表团 11月22日（周日）午餐 按原计划。" + LUNCH_STANDS_30_TO_COORDINATOR);
    }

    @Test
    void anAnswerNamingTheDelegationAfterServingBeganRecordsNothing() {
        f.say("tian", "2026-11-22T11:25", "午饭少5人");
        assertThat(answer()).startsWith("请问是哪个代表团？");

        f.say("tian", "2026-11-22T11:31", "湖南");

        assertThat(hunan("LUNCH")).isEqualTo(35);
        assertThat(answer()).startsWith("未记录：湖南省代表团 11月22日（周日）午餐 减少5人。该餐已开餐，报餐人数35人是结算依据");
    }

    @Test
    void theUndoButtonPressedAfterServingBeganLeavesTheServedMeal() {
        IncomingMessage sent = f.say("hunan-li", "2026-11-22T11:00", "中午30人");

        f.press("hunan-li", "2026-11-22T11:40", sent.messageId(), "undo:" + sent.messageId());

        assertThat(hunan("LUNCH")).isEqualTo(30);
        assertThat(answer()).isEqualTo("""
            湖南省代表团 11月22日（周日）午餐已开餐，报餐人数30人是结算依据，不能撤销。
            实际就餐人数如有出入，请告知协调组或餐饮保障组，由其登记。\
            """);
    }

    @Test
    void aRepeatedChangeAfterServingBeganIsNotAskedAboutButAnswered() {
        f.say("hunan-li", "2026-11-22T11:25", "中午少5人");

        f.say("hunan-li", "2026-11-22T11:31", "中午少5人");

        assertThat(hunan("LUNCH")).isEqualTo(30);
        assertThat(answer()).startsWith("未记录：湖南省代表团 11月22日（周日）午餐 减少5人。" + LUNCH_STANDS_30.formatted("少5人"));
    }

    @Test
    void aRepeatedChangeCoveringAServedMealAsksAboutTheLaterMealOnly() {
        f.say("hunan-li", "2026-11-22T11:25", "中午晚上都少5人");

        f.say("hunan-li", "2026-11-22T11:31", "中午晚上都少5人");
        assertThat(answer()).startsWith("10分钟内已收到相同的报告（减5人），是否再减5人？").contains("\n未记录：湖南省代表团 11月22日（周日）午餐");
        f.say("hunan-li", "2026-11-22T11:32", "是");

        assertThat(hunan("LUNCH")).isEqualTo(30);
        assertThat(hunan("DINNER")).isEqualTo(25);
    }

    @Test
    void aConfirmButtonPressedAfterServingBeganRecordsNothing() {
        IncomingMessage sent = f.say("hunan-li", "2026-11-22T11:25", "中午300人");
        assertThat(answer()).startsWith("请确认以下人数");

        f.press("hunan-li", "2026-11-22T11:31", sent.messageId(), "ok:hunan-li");

        assertThat(hunan("LUNCH")).isEqualTo(35);
        assertThat(answer()).startsWith("未记录：湖南省代表团 11月22日（周日）午餐 报餐300人。该餐已开餐，报餐人数35人是结算依据");
    }

    @Test
    void anUndoAfterServingBeganTakesBackTheLaterMealOnlyAndSaysTheServedOneStands() {
        f.say("hunan-li", "2026-11-22T11:00", "中午晚上都少5人");

        f.say("hunan-li", "2026-11-22T12:00", "撤销");

        assertThat(hunan("LUNCH")).isEqualTo(30);
        assertThat(hunan("DINNER")).isEqualTo(35);
        assertThat(answer())
                .startsWith("已撤销：湖南省代表团 11月22日（周日）晚餐")
                .contains("\n湖南省代表团 11月22日（周日）午餐已开餐，报餐人数30人是结算依据，不能撤销。\n实际就餐人数如有出入");
    }

    @Test
    void aDeletedMessageKeepsItsServedMeal() {
        IncomingMessage sent = f.say("hunan-li", "2026-11-22T11:00", "中午晚上都少5人");

        f.send(new IncomingMessage(
                GROUP,
                sent.messageId(),
                "hunan-li",
                "hunan-li",
                ConversationFixture.time("2026-11-22T12:00"),
                "",
                null,
                true));

        assertThat(hunan("LUNCH")).isEqualTo(30);
        assertThat(hunan("DINNER")).isEqualTo(35);
        assertThat(answer()).startsWith("消息已删除，原记录已撤销。\n湖南省代表团 11月22日（周日）午餐已开餐");
    }

    @Test
    void anActualBeforeTheMealIsServedIsRefusedWithItsServingTime() {
        f.say("tian", "2026-11-22T10:10", "/actual 九院 午餐 80");

        assertThat(answer()).isEqualTo("11月22日（周日）午餐尚未开餐（11:30开餐），实际就餐人数请开餐后再登记，未登记。");
        assertThat(f.ledger.actuals(SUNDAY)).isEmpty();

        f.say("tian", "2026-11-22T11:30", "/actual 九院 午餐 80");

        assertThat(answer()).startsWith("已登记：11月22日（周日）午餐 九院宾馆自助餐厅 实到80人");
    }
}
