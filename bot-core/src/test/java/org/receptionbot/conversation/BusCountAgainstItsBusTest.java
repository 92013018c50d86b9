package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.summary.HeadcountLine;

/**
 * A bus's head count is checked against the riders the bus is for, not against a delegation the report merely
 * names; a correction may carry a remark after its figure (the conference sample, real parser).
 */
class BusCountAgainstItsBusTest {
    private static final Event EVENT = SampleEvents.conference();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT, "2026-12-09");

    private List<Integer> counted(String vehicle) {
        return f.core.headcounts.board(LocalDate.of(2026, 12, 9)).stream()
                .filter(HeadcountLine::reported)
                .filter(l -> l.vehicle().id().equals(vehicle))
                .map(HeadcountLine::counted)
                .toList();
    }

    @Test
    void aDelegationNamedInADropOutRemarkIsNotTheBussDelegation() {
        String answer = f.groupHears("bus7", "13:25", "7号车实到29人 哦 少了一个浙江的 他说自己打车过去");

        assertThat(answer).startsWith("已记录：7号车 实到29人").doesNotContain("该团共8人").doesNotContain("请确认");
        assertThat(counted("7")).containsExactly(29);
    }

    @Test
    void theCorrectionWithARemarkAfterItsFigureIsAnswered() {
        f.groupHears("bus7", "13:25", "7号车实到29人 哦 少了一个浙江的 他说自己打车过去");

        assertThat(f.groupHears("bus7", "13:26", "不对，是28人 浙江那个不算")).startsWith("已更正：7号车 实到28人");
        assertThat(counted("7")).containsExactly(28);
    }

    @Test
    void aSharedCoachIsCheckedAgainstItsSeatsAndAHeldCountIsCorrectedWithARemark() {
        String held = f.groupHears("bus7", "13:25", "实到95人");

        assertThat(held).startsWith("请确认以下人数").contains("7号车 实到95人（该车45座）");
        assertThat(counted("7")).isEmpty();
        assertThat(f.groupHears("bus7", "13:26", "不对，是39人 刚才多算了")).startsWith("已记录：7号车 实到39人");
        assertThat(counted("7")).containsExactly(39);
    }

    @Test
    void aDelegationsOwnCarIsStillCheckedAgainstThatDelegation() {
        assertThat(f.groupHears("huang", "13:25", "9号车实到40人"))
                .startsWith("请确认以下人数")
                .contains("（该团共14人）");
    }
}
