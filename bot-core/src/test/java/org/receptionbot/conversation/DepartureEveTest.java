package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.record.Departure;

/**
 * Session 31's trial on the games sample, the evening before teams leave (29 November): a lunch eaten before leaving is
 * the lunch's figure and the plan's departure, no second one; a confirmed set-off at a new hour is the departure, the
 * time it moved by a cross-check against the plan; a confirmation equal to the plan is recorded, not asked.
 */
class DepartureEveTest {
    private static final LocalDate LEAVING = LocalDate.of(2026, 11, 29);
    private static final String EVE = "2026-11-28T20:10";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"jiangsu|江苏明天中午在餐厅吃完再走 34个|34", "henan|明天午饭在餐厅吃完再走 一共39个|39"})
    void aLunchBeforeLeavingIsTheLunchsFigureAndNoSecondDeparture(String team, String text, int lunch) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo(team, EVE, text);

        assertThat(answer).contains("午餐").doesNotContain("离开");
        assertThat(f.diners(LEAVING, "LUNCH", team)).isEqualTo(lunch);
        assertThat(f.movementsOf(team)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "guizhou|贵州确认 明早十点半出发 比原来提前三个小时|10:30|K1158",
                "henan|河南确认 明天下午一点半出发 39人|13:30|D2282",
                "liaoning|辽宁确认 明天下午四点出发 比原来推迟半小时|16:00|D2282",
            })
    void aConfirmedSetOffIsRecordedAtItsHour(String team, String text, String time, String train) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo(team, EVE, text);

        assertThat(answer).contains("已记录", time, train).doesNotContain("请核对", "没能看懂");
        assertThat(f.movementsOf(team))
                .singleElement()
                .satisfies(m -> assertThat(((Departure) m).time()).isEqualTo(LocalTime.parse(time)));
    }

    @Test
    void aMoveUnlikeThePlanIsSaidForTheSenderToCheck() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo("guizhou", EVE, "贵州确认 明早十点半出发 比原来提前两个小时");

        assertThat(answer).contains("已记录", "10:30", "请核对：原定13:30按所说提前2小时应为11:30");
    }

    @Test
    void aMoveOfADepartureOnRecordIsNotCheckedAgainstThePlan() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.answerTo("guizhou", EVE, "贵州明天上午10点半走");

        String answer = f.answerTo("guizhou", "2026-11-28T20:20", "贵州确认 明早十点出发 比原来提前半小时");

        assertThat(answer).contains("10:00").doesNotContain("请核对");
    }
}
