package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.ledger.IssueTicket.State;

/**
 * Trial 47: a coordinator's "2号问题和1号是一个事 1号收到 已通知餐厅留4份" moves on the issue named before the step word
 * (#1), leaves the one said to be the same matter as it is and says how to close it; a step taken with 已协调, 已沟通 or
 * 已对接 ("6号问题已协调酒店 西藏可以延迟到1点退房") acknowledges the issue with those words; read by the real parser.
 */
class IssueSameMatterWordsTest {
    private static final Event EVENT = TestEvents.withPeople();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    @BeforeEach
    void threeProblems() {
        f.answerTo("hunan-li", "2026-11-22T08:00", "房间没有热水");
        f.answerTo("hunan-li", "2026-11-22T08:01", "有个队员发烧了");
        f.answerTo("guizhou-wang", "2026-11-22T08:02", "房间卫生间漏水了");
    }

    @Test
    void theIssueNamedBeforeTheStepIsAcknowledgedAndTheSameMatterLeft() {
        String answer = f.answerTo("tian", "2026-11-22T08:05", "3号问题和1号是一个事 1号收到 已通知酒店工程部");

        assertThat(answer)
                .startsWith("已更新：问题#1已由田主任受理，正在处理：已通知酒店工程部")
                .contains("问题#3与#1是同一件事，未作改动")
                .contains("/done 3 同1号问题");
        assertThat(f.issue(1).state()).isEqualTo(State.ACKNOWLEDGED);
        assertThat(f.issue(3).state()).isEqualTo(State.OPEN);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1号跟3号问题重复了 1号已处理好了|1|RESOLVED|3",
                "3号和1号是同一个问题 已安排人过去|1|ACKNOWLEDGED|3",
                "1号问题与3号是一回事 3号收到 在处理|3|ACKNOWLEDGED|1"
            })
    void theStepGoesToTheIssueItNamesOrTheEarlierOne(String said, int moved, State state, int left) {
        f.answerTo("tian", "2026-11-22T08:05", said);

        assertThat(f.issue(moved).state()).as(said).isEqualTo(state);
        assertThat(f.issue(left).state()).as(said).isEqualTo(State.OPEN);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"2号问题已协调酒店 可以延迟到1点退房|已协调酒店 可以延迟到1点退房", "问题2已沟通 明天换房间|已沟通 明天换房间", "2号问题已经对接医院了|已经对接医院了"})
    void aStepCoordinatedAcknowledgesWithItsWords(String said, String note) {
        assertThat(f.answerTo("tian", "2026-11-22T08:05", said)).as(said).startsWith("已更新：问题#2已由田主任受理，正在处理：" + note);
        assertThat(f.issue(2).state()).as(said).isEqualTo(State.ACKNOWLEDGED);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"3号和1号是一个事吗", "2号问题协调一下", "2号问题要不要跟酒店协调"})
    void wordsWithNoStepMoveNothing(String said) {
        f.answerOrNull("tian", "2026-11-22T08:05", said);

        assertThat(f.issue(1).state()).as(said).isEqualTo(State.OPEN);
        assertThat(f.issue(2).state()).as(said).isEqualTo(State.OPEN);
        assertThat(f.issue(3).state()).as(said).isEqualTo(State.OPEN);
    }
}
