package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.TestEvents;

/**
 * A liaison chasing their delegation's open problem hours later ("房间好了没有啊 等了两个多小时了"), or saying a problem
 * was reported before ("…昨天已经报过了"), is that problem followed up: the handlers are reminded of it, and no second
 * issue is filed (trial 70 #29). Read by the real parser.
 */
class ChasedIssuesTest {
    private final ConversationFixture f = ConversationFixture.parsing(TestEvents.withPeople());

    @ParameterizedTest
    @ValueSource(strings = {"房间好了没有啊 等了两个多小时了 老人家都累了", "房间到底好了没 等了一上午了", "麻烦再催一下 房间还不能进", "房间还不能进 上午已经报过了"})
    void aChaseHoursLaterRemindsTheHandlersOfTheOpenIssue(String chase) {
        f.answerTo("hunan-li", "2026-11-22T11:20", "我们到酒店了 1205房间还没打扫 大家在大堂等着呢");

        String answer = f.answerTo("hunan-li", "2026-11-22T13:40", chase);

        assertThat(answer).as(chase).contains("已补充到问题#1").doesNotContain("问题#2");
        assertThat(f.core.issueBook.all()).as(chase).singleElement();
        assertThat(f.outbox.sentTo(COORDINATORS))
                .extracting(Reply::text)
                .as(chase)
                .anyMatch(t -> t.startsWith("问题#1有补充") && t.contains(chase));
    }

    @Test
    void aProblemSaidAsReportedTheDayBeforeIsNoSecondIssue() {
        f.answerTo("hunan-li", "2026-11-22T20:10", "房间空调不制热");

        String answer = f.answerTo("hunan-li", "2026-11-23T08:30", "房间空调还是坏的 昨天已经报过了");
        String again = f.answerTo("hunan-li", "2026-11-23T11:30", "空调不制热 昨天晚上就报过了");

        assertThat(answer).contains("已补充到问题#1");
        assertThat(again).contains("已补充到问题#1");
        assertThat(f.core.issueBook.all()).singleElement();
    }

    @Test
    void aNewProblemHoursLaterWithNoChaseIsAnIssueOfItsOwn() {
        f.answerTo("hunan-li", "2026-11-22T11:20", "我们到酒店了 1205房间还没打扫 大家在大堂等着呢");

        String answer = f.answerTo("hunan-li", "2026-11-22T15:40", "1208房间马桶堵了");

        assertThat(answer).contains("问题#2");
        assertThat(f.core.issueBook.all()).hasSize(2);
    }

    @Test
    void anotherDelegationsChaseFilesItsOwnIssue() {
        f.answerTo("hunan-li", "2026-11-22T11:20", "我们到酒店了 1205房间还没打扫 大家在大堂等着呢");

        String answer = f.answerTo("guizhou-wang", "2026-11-22T13:40", "房间好了没有啊 等了两个多小时了");

        assertThat(answer).contains("问题#2");
    }
}
