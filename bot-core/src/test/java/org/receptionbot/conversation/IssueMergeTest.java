package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.ledger.IssueTicket.State;

/**
 * Trial 53: a coordinator's "15号问题和7号是一个事" (or {@code /merge 15 7}) closes the later issue as the same matter
 * as the earlier, carrying its report and notes over, and answers; 撤销 takes it back. Read by the real parser.
 */
class IssueMergeTest {
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

    @BeforeEach
    void threeProblems() {
        f.answerTo("guangdong", "2026-11-23T08:20", "广东这边云上民宿3楼暖气一点都不热 房间冷得要命");
        f.answerTo("jiangxi", "2026-11-23T08:21", "江西 812房间到现在还没人打扫 垃圾都满了");
        f.answerTo("guangdong", "2026-11-23T09:40", "有两个队员冻感冒了 发烧 要看医生");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3号问题和1号是一个事", "3号跟1号问题重复了", "1号和3号问题是一回事 合并一下", "/merge 3 1", "3号与1号问题是同一件事。"})
    void theLaterIsClosedIntoTheEarlierWithItsNotes(String said) {
        String answer = f.answerTo("tian", "2026-11-23T13:50", said);

        assertThat(answer).as(said).startsWith("已更新：问题#3与#1是同一件事，已并入问题#1并关闭，原报和补充已转到#1（田卫东）");
        assertThat(f.issue(3).state()).as(said).isEqualTo(State.RESOLVED);
        assertThat(f.issue(3).resolution()).as(said).isEqualTo("同1号问题，已并入#1");
        assertThat(f.issue(1).state()).as(said).isEqualTo(State.OPEN);
        assertThat(f.issue(1).followUps())
                .as(said)
                .extracting(u -> u.issue().text())
                .containsExactly("有两个队员冻感冒了 发烧 要看医生");
        assertThat(f.answerTo("tian", "2026-11-23T13:51", "/issues"))
                .as(said)
                .contains("有两个队员冻感冒了 发烧 要看医生")
                .doesNotContain("#3 ");
    }

    @Test
    void undoReopensTheLaterAndTakesItsNotesBack() {
        f.answerTo("tian", "2026-11-23T13:50", "3号问题和1号是一个事");

        String answer = f.answerTo("tian", "2026-11-23T13:51", "撤销");

        assertThat(answer).contains("3号问题恢复为待处理");
        assertThat(f.issue(3).state()).isEqualTo(State.OPEN);
        assertThat(f.issue(1).followUps()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tian|/merge 3 3|请写明两个不同的问题编号",
                "tian|/merge 3|请写明两个不同的问题编号",
                "tian|/merge 9 1|没有编号为9的问题",
                "guangdong|/merge 3 1|抱歉，问题由协调组合并"
            })
    void aMergeThatCannotBeDoneIsAnsweredAndChangesNothing(String who, String said, String expected) {
        assertThat(f.answerTo(who, "2026-11-23T13:50", said)).as(said).contains(expected);

        assertThat(f.issue(3).state()).as(said).isEqualTo(State.OPEN);
        assertThat(f.issue(1).followUps()).as(said).isEmpty();
    }

    @Test
    void aClosedIssueIsNotMergedAgain() {
        f.answerTo("tian", "2026-11-23T13:50", "/merge 3 1");

        assertThat(f.answerTo("tian", "2026-11-23T13:52", "3号问题和1号是一个事")).contains("问题#3已是“已解决”状态");
        assertThat(f.issue(1).followUps()).hasSize(1);
    }
}
