package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.summary.HeadcountLine;

/**
 * Words that fit nothing on record still get an answer: a coordinator's step on a delegation's problem it does not
 * have names the close match of another delegation; a bus liaison's recount with why it was wrong is their bus's
 * count (real parser).
 */
class StepsThatFitNothingTest {
    @Test
    void aStepOnADelegationsProblemItHasNotNamesTheCloseMatch() {
        for (String said : new String[] {"湖南那个空调的问题收到了", "湖南空调的事情已通知酒店", "湖南的空调修好了"}) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
            f.answerTo("henan", "2026-11-23T07:20", "河南中午39晚上39，1号车空调不制冷，麻烦师傅看一下");

            String answer = f.answerOrNull("tian", "2026-11-23T10:05", said);

            assertThat(answer)
                    .as(said)
                    .startsWith("湖南省代表团没有与此相符的待处理问题，未作变更。相近的是：")
                    .contains("问题#1 【车辆】河南省代表团：")
                    .contains("“1号问题收到”");
            assertThat(f.issue(1).state()).as(said).isEqualTo(IssueTicket.State.OPEN);
        }
    }

    @Test
    void aStepOnADelegationWithNoProblemAtAllSaysSo() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        assertThat(f.answerOrNull("tian", "2026-11-23T10:05", "湖南那个问题收到了"))
                .isEqualTo("湖南省代表团没有与此相符的待处理问题，未作变更。发送“/issues”可查看待处理的问题。");
    }

    @Test
    void theDelegationsOwnProblemIsStillAcknowledged() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.answerTo("henan", "2026-11-23T07:20", "河南中午39晚上39，1号车空调不制冷，麻烦师傅看一下");

        assertThat(f.answerOrNull("tian", "2026-11-23T10:05", "河南那个空调的问题收到了 已通知车队"))
                .contains("问题#1已由");
    }

    @Test
    void aBusLiaisonsRecountWithWhyItWasWrongIsTheirBussCount() {
        for (String said : new String[] {"不对 刚才把司机也算进去了 40", "错了 有两个是别的车的 40个", "不对不对 导游也数进去了 是40人", "数错了 司机不算 40"}) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
            f.say("bus3", "2026-12-09T13:35", "3号车实到41人");

            String answer = f.answerOrNull("bus3", "2026-12-09T15:05", said);

            assertThat(answer).as(said).isNotNull().contains("3号车 实到40人");
            List<Integer> counts = f.core.headcounts.board(LocalDate.of(2026, 12, 9)).stream()
                    .filter(l -> l.reported() && "3".equals(l.vehicle().id()))
                    .map(HeadcountLine::counted)
                    .toList();
            assertThat(counts).as(said).containsExactly(40);
        }
    }

    @Test
    void suchWordsFromALiaisonOfNoBusAreNoCount() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        String answer = f.answerOrNull("sichuan", "2026-12-09T15:05", "不对 刚才把司机也算进去了 40");

        assertThat(answer == null ? "" : answer).doesNotContain("实到40人");
    }
}
