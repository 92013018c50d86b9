package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.message.SaidNow;
import org.receptionbot.record.Arrival;

/**
 * An arrival said done at the head of a message that goes on with other news (a meal of tomorrow, someone leaving
 * tomorrow, a question about the meal) is still said as it happens, with the figure said at the head; news after it of
 * more people coming, or an arrival still to come, is not.
 */
class ArrivedBesideNewsTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-22T14:45");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "山东到了 9个人 有一个队员明天比赛完直接走|shandong|9",
                "安徽29人到了，晚饭29个，明早29个|anhui|29",
                "内蒙古45人到了 明早正常吃早饭|neimenggu|45",
                "江西27人已经到了 明天早饭27个 午饭27个|jiangxi|27",
                "河南到了 39个人 明天中午在赛场吃|henan|39",
                "湖南28人到了 晚饭还有吗|hunan|28",
                "广西到了 12个人 还有吃的吗|guangxi|12",
                "福建20人到了 还有没有饭|fujian|20",
                // trial 73 #5: the arrival said again before the question.
                "湖北6个到了 刚到 晚饭还有吗😂|hubei|6"
            })
    void anArrivalAtTheHeadIsSaidNowBesideLaterNews(String text, String team, int came) {
        ParseOutcome read = AT.read(text, team);

        assertThat(read.records())
                .as(text)
                .anyMatch(r -> r instanceof Arrival a && a.delegation().equals(team));
        assertThat(read.saidNow()).as(text).isNotNull();
        assertThat(read.saidNow().kind()).isEqualTo(SaidNow.Kind.ARRIVAL);
        assertThat(read.saidNow().count()).as(text).isEqualTo(came);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "安徽到了20人 还有9个明天到",
                "山东到了 明天还有两个队员过来",
                "河南30人到了 剩下的明早坐G1118",
                "江西明天到 27人 早饭不吃",
                "安徽29人到了吗 晚饭29个",
                "内蒙古45人明天到了以后 晚饭45个",
                "广西到了12人 还有3个吗",
                "湖南28人到了 还有人吗",
                "湖北6个到了 刚到 还有2个在路上"
            })
    void noWholeArrivalSaidNowWhenMoreAreComingOrItIsStillToCome(String text) {
        ParseOutcome read = AT.read(text, null);

        // 安徽到了20人 还有9个明天到: those who came are marked with the ones short (ArrivedShort), never as the whole
        assertThat(read.saidNow() == null || read.saidNow().missing() != null)
                .as(text)
                .isTrue();
    }
}
