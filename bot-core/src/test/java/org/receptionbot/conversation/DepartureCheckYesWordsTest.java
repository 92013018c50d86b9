package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Trial 47: after the 【离会确认】, "安徽收到 确认无误" and "宁夏👌" confirm the team's departure as a bare 确认 does, and
 * a yes with a plain question after it ("天津确认 11:30 D656 30人 退房几点之前要退啊") confirms and passes the question on
 * to the coordinators; without the request, or with no team named beside 👌, nothing is confirmed.
 */
class DepartureCheckYesWordsTest {
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 29);

    private static ConversationFixture afterTheRequest() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), LAST_DAY.toString());
        f.briefings().departureChecks(LAST_DAY, ConversationFixture.time("2026-11-29T20:00"));
        return f;
    }

    @ParameterizedTest
    @ValueSource(strings = {"上海收到 确认无误", "上海👌", "收到确认", "上海 确认收到", "上海的 收到没问题", "上海👌👌"})
    void aYesWithReceivedOrTheOkSignConfirmsTheDeparture(String yes) {
        ConversationFixture f = afterTheRequest();

        assertThat(f.answerTo("shanghai", "20:10", yes)).as(yes).startsWith("已确认：上海市代表团 11月30日（周一）08:30 离开");
        assertThat(f.movementsOf("shanghai")).as(yes).singleElement();
    }

    @ParameterizedTest
    @ValueSource(strings = {"上海收到 确认无误", "上海👌"})
    void withoutTheRequestTheyConfirmNothing(String yes) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), LAST_DAY.toString());

        String answer = f.answerOrNull("shanghai", "20:10", yes);

        assertThat(answer == null ? "" : answer).as(yes).doesNotStartWith("已确认");
        assertThat(f.movementsOf("shanghai")).as(yes).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"👌", "好的收到"})
    void anOkSignAloneOrTalkConfirmsNothing(String yes) {
        ConversationFixture f = afterTheRequest();

        String answer = f.answerOrNull("shanghai", "20:10", yes);

        assertThat(answer == null ? "" : answer).as(yes).doesNotStartWith("已确认");
        assertThat(f.movementsOf("shanghai")).as(yes).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "上海确认 明天8:30 G1502 26人 退房几点之前要退啊|退房几点之前要退啊",
                "上海确认 早上在哪上车？|早上在哪上车？",
                "确认无误，行李可以寄存吗|行李可以寄存吗",
                "上海收到 确认 退房是几点|退房是几点"
            })
    void aYesWithAQuestionConfirmsAndPassesTheQuestionOn(String line) {
        String said = line.split("\\|")[0];
        String question = line.split("\\|")[1];
        ConversationFixture f = afterTheRequest();

        String answer = f.answerTo("shanghai", "20:10", said);

        assertThat(answer).as(said).startsWith("已").contains("您的问题“" + question + "”已转协调组");
        assertThat(f.lastTo(ConversationFixture.COORDINATORS).text()).as(said).contains(question);
        assertThat(f.movementsOf("shanghai"))
                .as(said)
                .singleElement()
                .satisfies(m -> assertThat(m.time()).isEqualTo(LocalTime.of(8, 30)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"上海确认 明天8:30 G1502 26人 退房几点之前要退啊", "上海确认 早上在哪上车？"})
    void withoutTheRequestNoQuestionIsPassedOnThisWay(String said) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), LAST_DAY.toString());

        String answer = f.answerOrNull("shanghai", "20:10", said);

        assertThat(answer == null ? "" : answer).as(said).doesNotContain("已转协调组，请留意回复");
    }
}
