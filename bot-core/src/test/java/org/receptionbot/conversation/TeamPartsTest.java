package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.record.Movement;

/**
 * Trial 64 through the conversation: the dinner the 8 leavers give up after their train home is theirs (the rest
 * still eat); a late-night order for people back from the final is no arrival; 全到 on the dinner list is no
 * arrival; the sick one and a coach staying behind are 2.
 */
class TeamPartsTest {
    private static final LocalDate DAY = LocalDate.parse("2026-11-27");

    @Test
    void theLeaversDinnerGivenUpLeavesTheRestEating() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        int before = f.diners(DAY, "DINNER", "sichuan");

        f.say("sichuan", "2026-11-27T06:50", "四川今天有8个人下午4点先走 坐D2282回成都 晚饭就不吃了");

        assertThat(before).isGreaterThan(8);
        assertThat(f.diners(DAY, "DINNER", "sichuan")).isEqualTo(before - 8);
    }

    @Test
    void aLateNightOrderForPeopleBackFromTheFinalIsNoArrival() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        int moves = f.movementsOf("shandong").size();

        f.say("shandong", "2026-11-27T17:40", "山东今晚宵夜要10份 看决赛的回来大概10点到九院");

        assertThat(f.movementsOf("shandong")).hasSize(moves);
    }

    @Test
    void allComeOnTheDinnerListIsNoArrival() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        int moves = f.movementsOf("jilin").size();

        f.say("tian", "2026-11-27T14:35", "晚饭接龙 15点截止\n1. 天津 30\n5. 吉林 全到\n8. 海南 24");

        assertThat(f.movementsOf("jilin")).hasSize(moves);
    }

    @Test
    void theSickOneAndACoachStayingBehindAreTwo() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        f.say("jiangsu", "2026-11-28T08:30", "江苏先走32个 按原计划11点半D2236 生病的那个和一个教练留下陪着 明天再走 车票还没买");

        assertThat(f.movementsOf("jiangsu"))
                .extracting(Movement::count)
                .contains(32, 2)
                .doesNotContain(1);
    }
}
