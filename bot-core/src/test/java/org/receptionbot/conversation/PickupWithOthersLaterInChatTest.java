package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.record.Arrival;

/**
 * Trial 42's pickups with people still to come, on the games sample: those met arrive at the report's minute and the
 * later ones on their own day; figures adding up to more than the team are held with the question the liaison form
 * "到了33人 还有1个明天到" gets; "人基本都在 少一个" is asked about as "人都在 不过少一个" is, and a bare figure answers it.
 */
class PickupWithOthersLaterInChatTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "bus9|2026-11-18T16:40|新疆队接到45个 还差2个明天到|xinjiang|45|2|1",
                "xinjiang|2026-11-18T16:40|接到新疆队45人 还差2个 明天中午的航班|xinjiang|45|2|1",
                "bus3|2026-11-18T16:40|湖南的接上啦 34个 还有一个坐晚班车明天早上到|hunan|34|1|1",
                "hunan|2026-11-18T16:40|接到了 33位 剩下一位明早才到|hunan|33|1|1",
                "bus10|2026-11-18T08:40|10号车把北京的41个接上了 剩1个下午自己过来|beijing|41|1|0"
            })
    void thoseMetArriveAtTheReportsMinuteAndTheOthersOnTheirOwnDay(
            String sender, String at, String text, String team, int met, int rest, int daysLater) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        LocalDate day = LocalDate.parse(at.substring(0, 10));

        String answer = f.answerTo(sender, at, text);

        assertThat(answer).contains("已记录").contains(at.substring(11) + " 抵达 " + met + "人");
        assertThat(f.movementsOf(team)).hasSize(2);
        assertThat(f.movementsOf(team).get(0))
                .isEqualTo(new Arrival(team, day, LocalTime.parse(at.substring(11)), met, null));
        assertThat(f.movementsOf(team).get(1)).isInstanceOfSatisfying(Arrival.class, a -> {
            assertThat(a.count()).isEqualTo(rest);
            assertThat(a.date()).isEqualTo(day.plusDays(daysLater));
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "bus8|2026-11-18T15:20|重庆队44个全接到了 另外还有1个后天到|chongqing|44|45",
                "chongqing|2026-11-18T15:20|重庆队44个全接到了 另外还有1个后天到|chongqing|44|45",
                "tian|2026-11-18T15:20|接到重庆44人 还差1个明天到|chongqing|44|45",
                "bus9|2026-11-18T16:40|新疆队接到47个 还差2个明天到|xinjiang|47|49"
            })
    void figuresAboveTheTeamAreHeldWithAQuestion(
            String sender, String at, String text, String team, int size, int sum) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.soleAnswerTo(sender, at, text);

        assertThat(answer)
                .contains("全团" + size + "人")
                .contains("合计" + sum + "人，多于全团人数")
                .doesNotContain("已记录");
        assertThat(f.movementsOf(team)).isEmpty();
    }

    @Test
    void mostOfTheTeamThereWithOneShortIsAskedAndABareFigureAnswers() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        assertThat(f.soleAnswerTo("gansu", "2026-11-18T12:50", "我们甘肃的落地了 人基本都在 少一个"))
                .contains("29人中28人已到，1人未到？");
        assertThat(f.movementsOf("gansu")).isEmpty();

        assertThat(f.soleAnswerTo("gansu", "2026-11-18T12:51", "28"))
                .startsWith("已记录")
                .contains("抵达 28人");
        assertThat(f.movementsOf("gansu")).singleElement().isInstanceOfSatisfying(Arrival.class, a -> {
            assertThat(a.count()).isEqualTo(28);
            assertThat(a.date()).isEqualTo(LocalDate.of(2026, 11, 18));
        });
    }
}
