package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trial 47: an hour just reported, corrected with a reason after it ("不对 是2点半 刚问了车站", "不对 是11点 刚改签的") or
 * named as said a moment ago before the one meant ("刚才说两点半 其实是两点五十 又晚了"), corrects the sender's last
 * movement; words after the hour that say more than a reason (a figure, a meal, a question, another team) leave the
 * message to be read as a whole.
 */
class HourCorrectedWithReasonTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "henan|明天改成下午2点出发了 车票改签了 G1234|不对 是2点半 刚问了车站|14:30",
                "jilin|明天10:30走 40人|不对 是11点 刚改签的|11:00",
                "guangxi|明天7点半从酒店出发|不对 是7点出发 不是7点半 司机说路上堵|07:00",
                "hubei|明天下午3点走|说错了 应该是3点半走 车站刚通知的|15:30",
                "beijing|明天出发时间调整为9点|刚才说9点 其实是9点20 司机刚来电话|09:20",
                "xinjiang|明天出发时间改到十点|之前报的十点 应该是十点半 改签了|10:30",
                "yunnan|明天下午两点走|不对，是两点四十。航班延误了|14:40"
            })
    void aDepartureHourCorrectedWithAReasonIsCorrected(String team, String report, String correction, String time) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-28");
        f.say(team, "20:05", report);

        String answer = f.answerTo(team, "20:08", correction);

        assertThat(answer).as(correction).startsWith("已更正").contains(time);
        assertThat(f.movementsOf(team))
                .as(correction)
                .singleElement()
                .satisfies(m -> assertThat(m.time()).isEqualTo(LocalTime.parse(time)));
    }

    @Test
    void theHourSaidBeforeNamesTheMovementMeantHoweverLongAgo() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-18");
        f.say("shanxi", "13:20", "山西高铁晚点了40分钟 估计两点半到站");

        assertThat(f.answerTo("shanxi", "14:05", "刚才说两点半 其实是两点五十 又晚了"))
                .startsWith("已更正")
                .contains("14:50");
        assertThat(f.movementsOf("shanxi"))
                .singleElement()
                .satisfies(m -> assertThat(m.time()).isEqualTo(LocalTime.of(14, 50)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"不对 是2点半 对吗", "不对 是2点半 晚饭不吃了", "不对 是2点半 湖北也是", "刚才说2点 3点也行", "不对 是2点半 明天下午"})
    void wordsThatSayMoreThanAReasonCorrectNoHour(String said) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-28");
        f.say("henan", "20:05", "明天改成下午2点出发了 车票改签了 G1234");

        String answer = f.answerOrNull("henan", "20:06", said);

        assertThat(answer == null ? "" : answer).as(said).doesNotStartWith("已更正");
        assertThat(f.movementsOf("henan"))
                .as(said)
                .anySatisfy(m -> assertThat(m.time()).isEqualTo(LocalTime.of(14, 0)));
    }
}
