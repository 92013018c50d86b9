package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.record.Arrival;

/**
 * A new user's trial on the games sample: a team met in the evening is not moved to the morning by "七点半左右到" (the
 * time they reach the hotel or the restaurant), a missed dinner with food kept is a request, no cancellation of
 * tomorrow's or today's dinner, and a bus that met the whole team (人齐) confirms their arrival at the message's minute.
 */
class EveningArrivalTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 18);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "henan|河南到了|河南晚饭赶不上了 麻烦餐厅给留36份 七点半左右到",
                "henan|河南到了|河南七点半左右到酒店",
                "yunnan|云南的到了|我们大概八点到宾馆",
                "henan|河南到了 全部接到|晚饭赶不上了 给我们留个饭 七点四十到"
            })
    void aTeamMetInTheEveningIsNotMovedToTheMorning(String team, String met, String later) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.answerTo(team, DAY + "T19:12", met);
        LocalTime confirmed = ((Arrival) f.movementsOf(team).get(0)).time();

        String answer = f.answerTo(team, DAY + "T19:13", later);

        assertThat(answer).doesNotContain("已更新为0").doesNotContain("取消");
        assertThat(f.movementsOf(team)).singleElement().isInstanceOfSatisfying(Arrival.class, a -> {
            assertThat(a.date()).isEqualTo(DAY);
            assertThat(a.time()).isEqualTo(confirmed);
        });
        assertThat(f.diners(DAY, "DINNER", team)).isPositive();
        assertThat(f.diners(DAY.plusDays(1), "DINNER", team)).isPositive();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"henan|19:00|河南接到36个 三个教练明天中午的航班到 晚饭赶不上了 给我们留36份饭 七点半左右到", "henan|19:13|河南晚饭赶不上了 麻烦餐厅给留36份 七点半左右到"
            })
    void aMissedDinnerWithFoodKeptCancelsNothingAndMovesNoOneToTheMorning(String team, String at, String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo(team, DAY + "T" + at, text);

        assertThat(answer).contains("【餐饮】").doesNotContain("07:30").doesNotContain("减少");
        assertThat(f.movementsOf(team)).noneMatch(m -> LocalTime.of(7, 30).equals(m.time()));
        assertThat(f.diners(DAY, "DINNER", team)).isEqualTo(39);
        assertThat(f.diners(DAY.plusDays(1), "DINNER", team)).isEqualTo(39);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "bus5|19:40|5号车接到云南的了 五十五人 人齐 出发去酒店|yunnan|55",
                "bus5|19:41|5号车接到云南的了 55人 到齐了|yunnan|55",
                "bus8|15:40|8号车接上重庆44个 人齐 出发去宾馆|chongqing|44"
            })
    void aBusThatMetTheWholeTeamConfirmsTheirArrival(String bus, String at, String text, String team, int met) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo(bus, DAY + "T" + at, text);

        assertThat(answer).contains(at + " 抵达 " + met + "人");
        assertThat(f.movementsOf(team))
                .singleElement()
                .isEqualTo(new Arrival(team, DAY, LocalTime.parse(at), met, null));
    }
}
