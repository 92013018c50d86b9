package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;

/** Meal and vehicle questions in plain words, asked in the group and read by the real parser. */
class PlainQuestionsInChatTest {
    private static final Event EVENT = TestEvents.withPeople();
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    private String ask(String sender, String at, String text) {
        return f.answerOrNull(sender, at, text);
    }

    @Test
    void atTenPastTenACoordinatorIsToldWhoHasNotReportedLunch() {
        ask("hunan-li", "2026-11-22T09:00", "午餐30人");

        String answer = ask("tian", "2026-11-22T10:05", "还有哪些没报");

        assertThat(answer).isEqualTo("11月22日（周日）午餐（10:00截止，已截止）尚未报餐的代表团（1个，按全团计）：\n贵州省代表团（联络员 王强 13900000002）");
        assertThat(ask("tian", "2026-11-22T10:06", "谁还没报午饭")).isEqualTo(answer);
        assertThat(ask("tian", "2026-11-22T10:07", "未报餐")).isEqualTo(answer);
    }

    @Test
    void inTheEveningAQuestionNamingNoMealIsAboutTomorrowsBreakfastNotTheOnRequestLateNightMeal() {
        Event event = TestEvents.withPeopleAndLateNight();
        ConversationFixture g = ConversationFixture.parsing(event);
        g.say("tian", "2026-11-22T20:05", "还有哪些没报");
        String answer = g.lastTo(GROUP).text();

        assertThat(answer).startsWith("11月23日（周一）早餐（21:00截止）尚未报餐的代表团（2个");
        g.say("tian", "2026-11-22T20:06", "湖南报了没");
        assertThat(g.lastTo(GROUP).text()).startsWith("湖南省代表团 11月23日（周一）早餐：未报");
    }

    @Test
    void aDelegationsStandingForAMealNamedOrImplied() {
        ask("hunan-li", "2026-11-22T09:00", "晚饭30人");

        assertThat(ask("tian", "2026-11-22T12:00", "湖南报了没")).isEqualTo("湖南省代表团 11月22日（周日）晚餐：已报，30人（报餐15:00截止）");
        assertThat(ask("tian", "2026-11-22T16:00", "贵州晚饭报了吗")).isEqualTo("贵州省代表团 11月22日（周日）晚餐：未报，按全团计50人（报餐已于15:00截止）");
        assertThat(f.ledger.day(SUNDAY).active()).hasSize(1);
    }

    @Test
    void aMealsTotalIsItsBoard() {
        assertThat(ask("tian", "2026-11-22T10:05", "午饭各餐厅一共多少人"))
                .isEqualTo(ask("tian", "2026-11-22T10:05", "/meals 午餐"));
    }

    @Test
    void aMealsTotalNamingTheVenuesIsItsBoardToo() {
        String board = ask("tian", "2026-11-22T10:05", "查看午餐");

        assertThat(board).startsWith("11月22日（周日）午餐 用餐人数");
        assertThat(ask("tian", "2026-11-22T10:06", "各场馆午餐多少人")).isEqualTo(board);
        assertThat(ask("tian", "2026-11-22T10:07", "午餐各餐厅合计")).isEqualTo(board);
        assertThat(ask("tian", "2026-11-22T10:08", "今天中午各餐厅一共多少人")).isEqualTo(board);
        assertThat(ask("tian", "2026-11-22T10:09", "所有用餐点午饭人数汇总")).isEqualTo(board);
        assertThat(ask("tian", "2026-11-22T10:10", "九院宾馆自助餐厅中午合计多少人")).isEqualTo(board);
        assertThat(f.ledger.day(SUNDAY).active()).isEmpty();
    }

    @Test
    void aLiaisonAsksOfTheirOwnDelegationOnly() {
        assertThat(ask("hunan-li", "2026-11-22T10:05", "我们晚饭报了吗"))
                .isEqualTo("湖南省代表团 11月22日（周日）晚餐：未报，按全团计35人（报餐15:00截止）");
        assertThat(ask("hunan-li", "2026-11-22T10:06", "湖南报了没")).startsWith("湖南省代表团 11月22日（周日）午餐：");
        assertThat(ask("hunan-li", "2026-11-22T10:07", "贵州报了没")).isNull();
        assertThat(ask("hunan-li", "2026-11-22T10:08", "还有哪些没报")).isNull();
    }

    @Test
    void aDelegationsVehicleWithPlateDriverAndPhone() {
        assertThat(ask("tian", "2026-11-22T10:05", "湖南的车是几号车")).isEqualTo("湖南省代表团用车：\n3号车 鄂Q·A1003，司机 覃师傅 13700000003");
        assertThat(ask("hunan-li", "2026-11-22T10:06", "我们坐几号车"))
                .isEqualTo("湖南省代表团用车：\n3号车 鄂Q·A1003，司机 覃师傅 13700000003");
        assertThat(ask("tian", "2026-11-22T10:07", "贵州的车是几号车")).isEqualTo("贵州省代表团在活动安排中没有登记专用车辆，用车请联系协调组。");
        assertThat(ask("tian", "2026-11-22T10:08", "本团情况 贵州")).contains("车辆：未登记");
    }
}
