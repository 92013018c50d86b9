package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.ledger.IssueTicket;

/**
 * "车找到了 停在后门😅 虚惊一场" after "4号车在哪 …" (trial 56 #53): the reporter's word that the missing bus is found or
 * has come is news on their one open vehicle problem, added for the coordinators without resolving it (the games
 * sample, real parser).
 */
class VehicleFoundNewsTest {
    private static ConversationFixture games() {
        return ConversationFixture.parsing(SampleEvents.games());
    }

    @Test
    void theBusFoundOrComeIsNewsOnTheOpenVehicleProblem() {
        for (String found : new String[] {"车找到了 停在后门😅 虚惊一场", "车来了 谢谢", "车已经到了 刚才走错门了"}) {
            ConversationFixture f = games();
            f.answerTo("guizhou", "2026-11-24T06:45", "4号车在哪 我们在民宿门口等了20分钟了 司机电话也打不通 7点15就要检录了");

            assertThat(f.answerTo("guizhou", "2026-11-24T06:55", found))
                    .as(found)
                    .contains("已补充到问题#1");
            assertThat(f.core.issueBook.all()).as(found).singleElement().satisfies(t -> {
                assertThat(t.state()).isEqualTo(IssueTicket.State.OPEN);
                assertThat(t.followUps()).hasSize(1);
            });
        }
    }

    @Test
    void aBusComingWithNoVehicleProblemOpenJoinsNothing() {
        ConversationFixture f = games();
        f.answerTo("guizhou", "2026-11-24T06:45", "房间空调不制热 冻死了 812房");

        f.answerOrNull("guizhou", "2026-11-24T06:55", "车来了 谢谢");

        assertThat(f.issue(1).followUps()).isEmpty();
    }

    @Test
    void anotherDelegationsBusComingJoinsNothing() {
        ConversationFixture f = games();
        f.answerTo("guizhou", "2026-11-24T06:45", "4号车在哪 我们在民宿门口等了20分钟了 司机电话也打不通");

        f.answerOrNull("hunan", "2026-11-24T06:55", "车来了 谢谢");

        assertThat(f.issue(1).followUps()).isEmpty();
    }
}
