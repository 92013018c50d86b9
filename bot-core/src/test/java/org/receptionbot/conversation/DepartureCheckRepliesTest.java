package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.record.Departure;

/**
 * Trial 43: a liaison's bare 确认 right after the coordinators' 【离会确认】 (the bot's evening request that each team
 * leaving tomorrow confirms) confirms the team's departure listed in it, or asks which when the team has several that
 * day; it is never told there is nothing to confirm. Without the request, or right after another answer of the bot
 * (an undo of a held departure), a bare 确认 confirms nothing.
 */
class DepartureCheckRepliesTest {
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 29);
    private static final LocalDate LEAVING = LAST_DAY.plusDays(1);

    private static ConversationFixture afterTheRequest() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), LAST_DAY.toString());
        f.briefings().departureChecks(LAST_DAY, ConversationFixture.time("2026-11-29T20:00"));
        return f;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "确认",
                "确认。",
                "确认无误",
                "确定",
                "确认！",
                "上海确认",
                "上海👌确认",
                "上海队 确认",
                "确认👍",
                "上海的 确认无误",
                "上海👌 没变化",
                "没变化"
            })
    void aBareConfirmAfterTheRequestConfirmsTheTeamsPlannedDeparture(String yes) {
        ConversationFixture f = afterTheRequest();

        String answer = f.answerTo("shanghai", "20:10", yes);

        assertThat(answer).startsWith("已确认：上海市代表团 11月30日（周一）08:30 离开（计划G1502）").doesNotContain("目前没有待您确认的内容");
        assertThat(f.movementsOf("shanghai"))
                .singleElement()
                .isEqualTo(new Departure("shanghai", LEAVING, LocalTime.of(8, 30), null, "G1502"));
    }

    @Test
    void aBareConfirmAfterTheRequestConfirmsTheDepartureAsChanged() {
        ConversationFixture f = afterTheRequest();
        f.say("xinjiang", "20:05", "明天出发时间调整为9点");

        String answer = f.answerTo("xinjiang", "20:20", "确认");

        assertThat(answer).startsWith("已确认：新疆维吾尔自治区代表团 11月30日（周一）09:00 离开（原报G1118）");
        assertThat(f.movementsOf("xinjiang"))
                .singleElement()
                .isEqualTo(new Departure("xinjiang", LEAVING, LocalTime.of(9, 0), null, "G1118"));
    }

    @Test
    void aTeamWithSeveralDeparturesThatDayIsAskedWhich() {
        ConversationFixture f = afterTheRequest();
        f.say("hubei", "19:00", "明天有5个人早上6点先走");
        f.briefings().departureChecks(LAST_DAY, ConversationFixture.time("2026-11-29T20:00"));

        String answer = f.answerTo("hubei", "20:10", "确认");

        assertThat(answer).startsWith("未记录").contains("06:00", "08:30", "请写明").doesNotContain("目前没有");
        assertThat(f.movementsOf("hubei")).hasSize(1);
    }

    @Test
    void anotherTeamNamedBeforeTheYesConfirmsNothingOfTheSenders() {
        ConversationFixture f = afterTheRequest();

        f.say("shanghai", "20:10", "新疆确认");

        assertThat(f.movementsOf("shanghai")).isEmpty();
    }

    @Test
    void aTeamNotListedIsToldThereIsNothingToConfirm() {
        ConversationFixture f = afterTheRequest();

        assertThat(f.answerTo("hebei", "20:10", "确认")).startsWith("目前没有待您确认的内容");
        assertThat(f.movementsOf("hebei")).isEmpty();
    }

    @Test
    void withoutTheRequestABareConfirmConfirmsNothing() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), LAST_DAY.toString());

        assertThat(f.answerTo("shanghai", "20:10", "确认")).startsWith("目前没有待您确认的内容");
        assertThat(f.movementsOf("shanghai")).isEmpty();
    }

    @Test
    void aConfirmRightAfterTheUndoOfAHeldDepartureConfirmsNothing() {
        ConversationFixture f = afterTheRequest();
        f.say("shanghai", "20:05", "明天早饭打包 20份 7点前走");
        f.say("shanghai", "20:06", "撤销");

        f.say("shanghai", "20:07", "确认");

        assertThat(f.movementsOf("shanghai")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"没变化", "上海👌 没变化", "没问题"})
    void noChangeWithoutTheRequestIsNotAnswered(String same) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), LAST_DAY.toString());

        assertThat(f.answerOrNull("shanghai", "20:10", same)).isNull();
        assertThat(f.movementsOf("shanghai")).isEmpty();
    }

    @Test
    void noChangeFromATeamNotListedIsNotAnswered() {
        ConversationFixture f = afterTheRequest();

        assertThat(f.answerOrNull("hebei", "20:10", "没变化")).isNull();
    }

    @Test
    void anAcknowledgementOfTheRequestIsNotAnswered() {
        ConversationFixture f = afterTheRequest();

        assertThat(f.answerOrNull("shanghai", "20:10", "好的")).isNull();
        assertThat(f.movementsOf("shanghai")).isEmpty();
    }

    @Test
    void theMorningTheyLeaveABareConfirmStillConfirmsTheListedDeparture() {
        ConversationFixture f = afterTheRequest();

        String answer = f.answerTo("xinjiang", "2026-11-30T07:00", "确认");

        assertThat(answer).startsWith("已确认：新疆维吾尔自治区代表团 11月30日（周一）10:30 离开");
    }
}
