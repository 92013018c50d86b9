package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.record.Arrival;

/**
 * Trial 60: luggage found and sent on does not move the team's arrival, and someone home for one night is no leaver.
 */
class AwayOrBroughtTest {

    @Test
    void luggageSentOnLeavesTheArrivalAsItWas() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        f.say("liaoning", "2026-12-08T08:55", "辽宁落地 6人 行李少了一件 在转盘等了半小时没有");
        var before = f.movementsOf("liaoning");

        f.say("liaoning", "2026-12-08T13:10", "辽宁那件行李找到了 机场说晚上送过来");

        assertThat(f.movementsOf("liaoning"))
                .isEqualTo(before)
                .singleElement()
                .isInstanceOfSatisfying(Arrival.class, a -> {
                    assertThat(a.count()).isEqualTo(6);
                    assertThat(a.part()).isNull();
                });
    }

    @Test
    void someoneHomeForTheNightDoesNotLeave() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        String answer = f.answerTo("hebei", "2026-12-08T14:38", "河北晚上少1个 张处晚上回家 明早回来");

        assertThat(answer).doesNotContain("离开").doesNotContain("离会");
        assertThat(f.movementsOf("hebei")).isEmpty();
    }
}
