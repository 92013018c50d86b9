package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * People reported to leave on their own later than the team stay for the meals before their time, whether the team
 * leaves as planned or its departure was reported (trial 39: 安徽's two at 16:00 were counted gone at lunch).
 */
class StayingOnAfterTheTeamLeftTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // 安徽 (29) plans D656 at 09:30 on 11-29; 湖北 (60) plans 11-29 too.
                "anhui|我们的车早上6点05开走了 27人一个不少|他俩下午4点坐3U8882走|安徽|午餐2人",
                "anhui|安徽27人早上6点05已经走了|还有2个人下午4点坐3U8882走|安徽|午餐2人",
                "anhui|剩下3个人晚上7点的航班走 MU2345|安徽全团上午9点半走 D656|安徽|晚餐3人",
                "anhui|有5个明天晚上8点才走|我们全团29人明天上午走|安徽|午餐5人",
                "hubei|湖北有4个人下午5点半坐G1722走|其余的人上午10点走|湖北|午餐4人"
            })
    void peopleLeavingLaterThanTheTeamAreThereForTheMealsBefore(
            String team, String first, String second, String name, String expected) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        String at = first.contains("明天") || second.contains("明天") ? "2026-11-28T20:00" : "2026-11-29T07:00";
        f.answerTo(team, at, first);
        f.answerTo(team, at.replace(":00", ":05").replaceFirst("T(\\d\\d):05", "T$1:05"), second);

        String status = f.answerTo("tian", "2026-11-29T10:00", "/status " + name);

        assertThat(status).as(first + " / " + second).contains(expected);
    }
}
