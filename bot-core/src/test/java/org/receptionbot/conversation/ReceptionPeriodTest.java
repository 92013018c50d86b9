package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.Event;
import org.receptionbot.parse.MessageParser;
import org.receptionbot.record.Arrival;
import org.receptionbot.summary.Texts;

/**
 * Arrivals and departures are recorded from the earliest planned arrival to the latest planned departure (the
 * reception period), not only on the event's days; a record dated outside is refused alone, never an issue said in
 * the same message. On the games sample (11月18日至29日, planned arrivals from 11月17日), read by the real parser.
 */
class ReceptionPeriodTest {
    private static final Event EVENT = SampleEvents.games();
    private final MessageParser parser = new MessageParser(EVENT);
    private final ConversationFixture f = new ConversationFixture(
            EVENT, (text, at, delegation, vehicle) -> parser.parse(text, at, delegation, vehicle));

    @ParameterizedTest
    @CsvSource({
        "hubei, 2026-11-17T08:00, 湖北代表团60人今天上午10点半坐大巴直接到",
        "hunan, 2026-11-17T12:00, 我们坐CZ3567 晚上8点20落地 30人",
        "guangxi, 2026-11-17T09:00, 我们下午3点到酒店 全团都到",
        "yunnan, 2026-11-17T07:30, 今天晚上7点到 30人 坐高铁",
    })
    void anArrivalOnAPlannedArrivalDayBeforeTheEventIsRecorded(String who, String at, String text) {
        String answer = f.answerTo(who, at, text);

        assertThat(answer).doesNotContain("不在活动日期内").doesNotContain("在接待日期（");
        assertThat(f.movementsOf(who)).as(answer).singleElement().isInstanceOf(Arrival.class);
    }

    @Test
    void anArrivalBeforeTheReceptionPeriodIsRefused() {
        String answer = f.answerTo("hubei", "2026-11-16T08:00", "湖北代表团60人今天上午10点半坐大巴直接到");

        assertThat(answer).contains("在接待日期（11月17日");
        assertThat(f.movementsOf("hubei")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "guangxi, 2026-11-17T08:00, 广西晚饭照常 房间没有热水 1203房",
        "hubei, 2026-11-16T10:00, 今天午饭照常 空调坏了 806房",
        "yunnan, 2026-11-17T15:00, 今晚晚餐30人 卫生间漏水 502房间",
        "hunan, 2026-11-16T09:00, 我们今天下午3点到 30人 房间没有热水 1105房",
    })
    void anIssueSaidWithARecordDatedOutsideIsStillFiled(String who, String at, String text) {
        String answer = f.answerTo(who, at, text);

        assertThat(answer).contains("未记录").contains("问题#1");
        assertThat(f.issue(1)).isNotNull();
    }

    @Test
    void anIssueAloneBeforeTheEventIsFiled() {
        String answer = f.answerTo("guangxi", "2026-11-17T08:00", "房间没有热水 1203房");

        assertThat(answer).contains("问题#1").doesNotContain("未记录");
    }

    @Test
    void aDepartureAfterTheReceptionPeriodIsNotRecordedAndTheLiaisonIsToldWhoArrangesIt() {
        String last = Texts.day(EVENT.receptionEnd());
        String answer = f.answerTo("beijing", EVENT.receptionEnd() + "T07:00", "北京我们是后天早上8点的G1118走 31人");

        assertThat(answer)
                .contains("在接待日期（")
                .contains("至" + last + "）之后，未记录")
                .contains("如确是延后离开，请与协调组联系安排")
                .doesNotContain("请核对日期");
        assertThat(f.movementsOf("beijing")).isEmpty();
    }
}
