package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.chat.Reply;
import org.receptionbot.ledger.IssueTicket.State;

/**
 * Trial 53: the reporter saying their own problem is solved ("812打扫好了 谢谢", naming its room or thing) is answered and
 * kept on that issue as their word, the coordinators told it is said solved and how to close it (only they resolve),
 * even after the problem was said again as still so. Read by the real parser on the sports sample.
 */
class ReporterSaysFixedTest {
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jiangxi|江西 812房间到现在还没人打扫 垃圾都满了|812到现在还是没打扫 床单都没换|812打扫好了 谢谢",
                "jiangxi|江西 812房间到现在还没人打扫 垃圾都满了|812还是没人来打扫|812房间打扫好了 谢谢老师",
                "guangdong|我们房间空调坏了 不制热|空调还是不制热|空调修好了 谢谢",
                "guangdong|广东这边云上民宿3楼暖气一点都不热|暖气还是不热 队员要感冒了|暖气好了 谢谢各位"
            })
    void theReportersWordIsKeptAnsweredAndToldToTheCoordinators(String who, String report, String again, String fixed) {
        f.answerTo(who, "2026-11-23T08:20", report);
        f.answerTo(who, "2026-11-23T13:50", again);

        String answer = f.answerTo(who, "2026-11-23T16:50", fixed);

        assertThat(answer).as(fixed).contains("已补充到问题#1").contains("报告人称已解决");
        assertThat(f.issue(1).saidFixed()).as(fixed).isNotNull();
        assertThat(f.issue(1).state()).as(fixed).isEqualTo(State.OPEN);
        assertThat(f.outbox.sentTo(COORDINATORS))
                .extracting(Reply::text)
                .as(fixed)
                .anySatisfy(t -> assertThat(t).startsWith("问题#1有补充").contains("报告人称已解决，待确认"));
        assertThat(f.answerTo("tian", "2026-11-23T16:55", "1号问题处理好了")).as(fixed).contains("问题#1已解决");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"guangdong|我们有个行李箱落在车上了 找不到|行李箱找到了 谢谢", "jiangxi|江西 812房间没人打扫|812打扫好了"})
    void aProblemSaidFixedOnceIsKeptTheSameWay(String who, String report, String fixed) {
        f.answerTo(who, "2026-11-23T08:20", report);

        assertThat(f.answerTo(who, "2026-11-23T10:50", fixed)).as(fixed).contains("报告人称已解决");
        assertThat(f.issue(1).saidFixed()).as(fixed).isNotNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"812打扫好了吗", "812还没打扫好", "行李还没找到"})
    void aQuestionOrADenialIsNoWordOfItFixed(String said) {
        f.answerTo("jiangxi", "2026-11-23T08:20", "江西 812房间没人打扫 行李也找不到了");

        f.answerOrNull("jiangxi", "2026-11-23T10:50", said);

        assertThat(f.issue(1).saidFixed()).as(said).isNull();
    }
}
