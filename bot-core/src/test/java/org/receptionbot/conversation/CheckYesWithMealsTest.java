package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A new user's trial on the departure day: a yes to the 【离会确认】 with the team's meal said beside it ("浙江确认 G1118
 * 中午饭吃了再走 38个", "上海 确认 G1502 早饭打包26份 6点50出发") confirms the listed departure and records the meal; a yes whose
 * other words disagree, or the same words without the request, confirm nothing.
 */
class CheckYesWithMealsTest {
    private static final LocalDate EVE = LocalDate.of(2026, 11, 29);
    private static final LocalDate LEAVING = EVE.plusDays(1);

    private static ConversationFixture eve() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), EVE.toString());
        f.briefings().departureChecks(EVE, ConversationFixture.time("2026-11-29T20:00"));
        return f;
    }

    @ParameterizedTest
    @ValueSource(strings = {"浙江确认 G1118 中午饭吃了再走 30个", "浙江确认 G1118 午饭30人", "浙江确认，中午饭30个"})
    void aYesWithLunchConfirmsAndRecordsTheLunch(String text) {
        ConversationFixture f = eve();

        assertThat(f.answerTo("zhejiang", "20:10", text))
                .as(text)
                .contains("按【离会确认】所列安排")
                .contains("14:30");
        assertThat(f.movementsOf("zhejiang"))
                .singleElement()
                .satisfies(m -> assertThat(m.time()).isEqualTo(LocalTime.of(14, 30)));
        assertThat(f.diners(LEAVING, "LUNCH", "zhejiang")).as(text).isEqualTo(30);
    }

    @Test
    void theTrialsLunchIsConfirmedWithItsFigure() {
        ConversationFixture f = eve();

        assertThat(f.answerTo("zhejiang", "20:10", "浙江确认 G1118 中午饭吃了再走 38个"))
                .contains("按【离会确认】所列安排")
                .contains("14:30")
                .contains("38");
        assertThat(f.diners(LEAVING, "LUNCH", "zhejiang")).isEqualTo(38);
    }

    @Test
    void aYesWithPackedBreakfastAndASetOffConfirmsAndRecordsTheBreakfast() {
        ConversationFixture f = eve();

        String answer = f.answerTo("shanghai", "20:10", "上海 确认 G1502 早饭打包20份 6点50出发");

        assertThat(answer).contains("按【离会确认】所列安排").contains("08:30").contains("20");
        assertThat(f.movementsOf("shanghai"))
                .singleElement()
                .satisfies(m -> assertThat(m.time()).isEqualTo(LocalTime.of(8, 30)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"浙江确认 G1120 中午饭吃了再走 30个", "浙江确认 改到明天10点走 午饭30人", "浙江确认 中午饭吃了再走 3点出发"})
    void aYesThatDisagreesConfirmsNothing(String text) {
        String answer = eve().answerOrNull("zhejiang", "20:10", text);

        assertThat(answer == null ? "" : answer).as(text).doesNotContain("按【离会确认】所列安排");
    }

    @ParameterizedTest
    @ValueSource(strings = {"浙江确认 G1118 中午饭吃了再走 30个", "上海 确认 G1502 早饭打包20份 6点50出发"})
    void withoutTheRequestNothingIsConfirmed(String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), EVE.toString());

        String answer = f.answerOrNull(text.startsWith("浙江") ? "zhejiang" : "shanghai", "20:10", text);

        assertThat(answer == null ? "" : answer).as(text).doesNotContain("按【离会确认】所列安排");
    }
}
