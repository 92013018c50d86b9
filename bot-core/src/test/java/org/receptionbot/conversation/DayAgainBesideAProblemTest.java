package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.record.Departure;

/**
 * Trial 59 #51: the day a team leaves said again beside a problem ("不是 我们明天才走 就是退房查房说少了毛巾要赔钱的事", the
 * 不是 denying that it leaves today) files the problem and changes none of the team's departures recorded that day; a
 * new day, hour or train said beside the problem is still a change.
 */
class DayAgainBesideAProblemTest {
    private static final LocalDate LEAVING = LocalDate.of(2026, 11, 29);
    private static final Departure EARLY = new Departure("tianjin", LEAVING, LocalTime.of(6, 40), 12, "G3218");
    private static final Departure REST = new Departure("tianjin", LEAVING, LocalTime.of(11, 30), 18, "D656");

    private static ConversationFixture afterTheBatches() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("tianjin", "2026-11-28T08:00", "天津分两批走：明天早上6点40的G3218走12个 剩下18个还是11点半D656");
        return f;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "不是 我们明天才走 就是退房查房说少了毛巾要赔钱的事",
                "我们明天才走 房间空调坏了 麻烦找人修一下",
                "不是今天走 是明天走 就是押金还没退的事 麻烦协调一下",
            })
    void theDaySaidAgainBesideAProblemChangesNoDeparture(String text) {
        ConversationFixture f = afterTheBatches();

        String answer = f.answerTo("tianjin", "2026-11-28T11:00", text);

        assertThat(answer).contains("问题#1").doesNotContain("已删除").doesNotContain("离开");
        assertThat(f.movementsOf("tianjin")).containsExactlyInAnyOrder(EARLY, REST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"不是 我们明天下午3点才走 房间空调坏了", "不是 我们明天早上8点走 房间空调坏了", "不是 我们明天坐G1502走 房间空调坏了"})
    void aNewDayOrHourBesideAProblemIsStillAChange(String text) {
        ConversationFixture f = afterTheBatches();

        f.say("tianjin", "2026-11-28T11:00", text);

        assertThat(f.movementsOf("tianjin")).isNotEqualTo(java.util.List.of(EARLY, REST));
    }
}
