package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.chat.Reply;
import org.receptionbot.ledger.IssueTicket.State;

/**
 * Trial 53: a liaison's problem said again as still so ("暖气还是不热 … 要感冒一片了", "812到现在还是没打扫") that the
 * parser reads as another kind than the delegation's open issue on the same room or thing joins that issue (the
 * coordinators are told it is still open) instead of opening a new one; so a coordinator's words on that thing find
 * the one issue. Read by the real parser on the sports sample.
 */
class FollowUpOfAnotherKindTest {
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "guangdong|广东这边云上民宿3楼暖气一点都不热 房间冷得要命 有两个队员都冻感冒了 能不能找人看看|暖气还是不热 都下午了 也没人来看 队员说晚上再这样要感冒一片了",
                "jiangxi|江西 812房间到现在还没人打扫 垃圾都满了 昨天就跟前台说了|812到现在还是没打扫 床单都没换",
                "jiangxi|江西812房间一直没人打扫 垃圾桶都满了|812房间还没打扫 被子也没换",
                "guangdong|我们房间空调不制热 冻得睡不着|空调到现在还是不热 有个队员都发烧了",
                "guangdong|广东3楼暖气片不热 队员都冻坏了|暖气又不热了 有人头疼发烧"
            })
    void aProblemSaidStillSoJoinsTheOpenIssueOnTheSameThing(String who, String report, String again) {
        f.answerTo(who, "2026-11-23T08:20", report);

        String answer = f.answerTo(who, "2026-11-23T13:50", again);

        assertThat(answer).as(again).contains("已补充到问题#1").doesNotContain("问题#2");
        assertThat(f.core.issueBook.all())
                .as(again)
                .singleElement()
                .satisfies(t -> assertThat(t.followUps())
                        .extracting(u -> u.issue().text())
                        .containsExactly(again));
        assertThat(f.outbox.sentTo(COORDINATORS))
                .extracting(Reply::text)
                .anySatisfy(t -> assertThat(t).startsWith("问题#1有补充").contains("待处理"));
    }

    @Test
    void theCoordinatorsWordsOnTheThingThenFindTheOneIssue() {
        f.answerTo("guangdong", "2026-11-23T08:20", "广东这边云上民宿3楼暖气一点都不热 房间冷得要命 有两个队员都冻感冒了 能不能找人看看");
        f.answerTo("guangdong", "2026-11-23T13:50", "暖气还是不热 都下午了 也没人来看 队员说晚上再这样要感冒一片了");

        String answer = f.answerTo("tian", "2026-11-23T13:55", "广东暖气那个收到了 已通知民宿工程部 马上去3楼看");

        assertThat(answer).startsWith("已更新：问题#1已由田卫东受理，正在处理：");
        assertThat(f.issue(1).state()).isEqualTo(State.ACKNOWLEDGED);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // another thing, sharing only people or times
                "guangdong|有个队员发烧了 38度5|队员房间还是没有热水",
                // another room
                "jiangxi|江西 812房间到现在还没人打扫 垃圾都满了|815房间还是没有热水",
                // said as another besides
                "guangdong|广东3楼暖气一点都不热|另外队员还是有点发烧 要看医生"
            })
    void anotherProblemStillSoIsANewIssue(String who, String report, String other) {
        f.answerTo(who, "2026-11-23T08:20", report);

        String answer = f.answerTo(who, "2026-11-23T13:50", other);

        assertThat(answer).as(other).contains("问题#2").doesNotContain("已补充到问题#1");
        assertThat(f.core.issueBook.all()).as(other).hasSize(2);
    }
}
