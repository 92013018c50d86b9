package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;

import org.junit.jupiter.api.Test;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.ledger.IssueTicket;

/** A problem said again while its issue is pending joins that issue; read by the real parser. */
class IssueFollowUpsTest {
    private static final Event EVENT = TestEvents.withPeople();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    private long toCoordinators(String start) {
        return f.outbox.sentTo(COORDINATORS).stream()
                .map(Reply::text)
                .filter(t -> t.startsWith(start))
                .count();
    }

    @Test
    void aProblemSaidAsStillSoJoinsTheOpenIssueOfItsDelegationAndKind() {
        f.answerTo("hunan-li", "2026-11-22T08:00", "房间没有热水");

        String answer = f.answerTo("hunan-li", "2026-11-22T09:30", "洗澡水还是冷的");

        assertThat(answer).startsWith("已记录：已补充到问题#1：【住宿】湖南省代表团：洗澡水还是冷的（已转协调组）");
        assertThat(f.core.issueBook.all())
                .singleElement()
                .satisfies(t -> assertThat(t.followUps())
                        .extracting(u -> u.issue().text())
                        .containsExactly("洗澡水还是冷的"));
        assertThat(toCoordinators("新问题")).isEqualTo(1);
        assertThat(f.outbox.sentTo(COORDINATORS))
                .extracting(Reply::text)
                .containsOnlyOnce(
                        "问题#1有补充（李娜 09:30）：【住宿】湖南省代表团：洗澡水还是冷的\n原报（08:00，待处理）：房间没有热水" + "\n办结请发“/done 1 处理结果”。");
        assertThat(f.answerTo("tian", "2026-11-22T09:31", "/issues"))
                .contains("#1 【住宿】湖南省代表团：房间没有热水")
                .contains("补充（李娜 09:30）：洗澡水还是冷的");
    }

    @Test
    void aPatientPointedBackAtHoursLaterJoinsTheOpenHealthIssue() {
        f.answerTo("hunan-li", "2026-11-22T10:12", "湖南有个同志身体不舒服 在房间休息");

        String answer = f.answerTo("hunan-li", "2026-11-22T13:40", "湖南那个不舒服的同志量了体温38度2 要不要去医院");

        assertThat(answer).contains("已补充到问题#1");
        assertThat(f.core.issueBook.all()).singleElement();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "明天早饭打包8份|给晚到的4个留饭",
                "给晚到的4个留饭|明天早饭打包8份",
                "明早打包早餐10份 他们6点前要走|晚饭给还在比赛的3个人留3份",
                "晚饭给他们留5份|明天中午在赛场吃 要打包35份",
                "今晚宵夜给训练的留两份饭|明天早饭打包6份"
            })
    void aSecondFoodOrderSoonAfterIsAnOrderOfItsOwnForTheCaterer(String first, String second) {
        ConversationFixture games = ConversationFixture.parsing(SampleEvents.games());
        games.answerTo("hunan", "2026-11-23T08:00", first);

        String answer = games.answerTo("hunan", "2026-11-23T08:05", second);

        assertThat(answer).as(second).doesNotContain("已补充到问题");
        assertThat(games.core.issueBook.all()).as(second).hasSize(2);
        assertThat(games.cateringNotices()).as(second).hasSize(2);
    }

    @Test
    void aVehicleFaultSaidAsStillSoLaterJoinsTheDelegationsPendingVehicleIssue() {
        String[][] said = {
            {"湖南的车胎好像没气了 司机在弄", "车胎还是没气 司机还在弄"},
            {"湖南的车胎瘪了", "轮胎又没气了 还走不了"},
            {"湖南车的电瓶没电了 发动不了", "电瓶还是没电 师傅还在弄"},
        };
        for (String[] words : said) {
            ConversationFixture c = ConversationFixture.parsing(EVENT);
            c.answerTo("hunan-li", "2026-11-22T07:10", words[0]);

            String answer = c.answerTo("hunan-li", "2026-11-22T09:30", words[1]);

            assertThat(answer).as(words[1]).contains("已补充到问题#1").contains(words[1]);
            assertThat(c.core.issueBook.all()).as(words[1]).singleElement();
        }
    }

    @Test
    void wordsOffTheIssuesTopicStayUnrecordedBesideAPendingVehicleIssue() {
        f.answerTo("hunan-li", "2026-11-22T07:10", "湖南的车胎好像没气了 司机在弄");

        String answer = f.answerTo("hunan-li", "2026-11-22T09:30", "大家还没吃完 再等一会");

        assertThat(answer).doesNotContain("已补充到问题#1");
        assertThat(f.core.issueBook.all().get(0).followUps()).isEmpty();
    }

    @Test
    void aProblemOfTheSameKindSaidSoonAfterJoinsTheIssueAndLaterItIsANewOne() {
        f.answerTo("hunan-li", "2026-11-22T08:00", "房间没有热水");

        assertThat(f.answerTo("hunan-li", "2026-11-22T08:05", "洗澡水是冷的")).contains("已补充到问题#1");
        assertThat(f.answerTo("hunan-li", "2026-11-22T10:00", "洗澡水是冷的")).contains("问题#2 ");
    }

    @Test
    void anotherDelegationsProblemAResolvedOneOrAnotherBesidesIsANewIssue() {
        f.answerTo("hunan-li", "2026-11-22T08:00", "房间没有热水");

        assertThat(f.answerTo("guizhou-wang", "2026-11-22T08:02", "房间还是没有热水")).contains("问题#2 ");
        assertThat(f.answerTo("hunan-li", "2026-11-22T08:03", "另外空调也坏了")).contains("问题#3 ");
        f.answerTo("tian", "2026-11-22T08:30", "/done 1 已修好");
        f.answerTo("tian", "2026-11-22T08:31", "/done 3 已修好");
        assertThat(f.answerTo("hunan-li", "2026-11-22T09:00", "洗澡水还是冷的")).contains("问题#4 ");
    }

    @Test
    void anotherRoomIsAnotherIssueAndARoomSaidAgainJoinsItsOwn() {
        f.answerTo("hunan-li", "2026-11-22T08:00", "301房间没有热水");

        assertThat(f.answerTo("hunan-li", "2026-11-22T08:01", "302房间没有热水")).contains("问题#2 ");
        assertThat(f.answerTo("hunan-li", "2026-11-22T08:20", "301还是没有热水")).contains("已补充到问题#1");
    }

    @Test
    void anAcknowledgedIssueIsFollowedUpAndAnUndoTakesBackOnlyTheFollowUp() {
        f.answerTo("hunan-li", "2026-11-22T08:00", "房间没有热水");
        f.answerTo("tian", "2026-11-22T08:10", "/ack 1");
        assertThat(f.answerTo("hunan-li", "2026-11-22T09:00", "热水仍然没有")).contains("已补充到问题#1");
        assertThat(toCoordinators("问题#1有补充")).isEqualTo(1);

        assertThat(f.answerTo("hunan-li", "2026-11-22T09:01", "撤销"))
                .startsWith("已撤销：")
                .doesNotContain("不随撤销撤回");

        IssueTicket t = f.core.issueBook.find(1).orElseThrow();
        assertThat(t.followUps()).isEmpty();
        assertThat(t.state()).isEqualTo(IssueTicket.State.ACKNOWLEDGED);
    }

    @Test
    void peopleWithAPatientAtHospitalGivenAsTheReasonForFewerDinersAreNoIssue() {
        String answer = f.answerTo("hunan-li", "2026-11-22T09:00", "中午再少3个 有3个去医院陪护了");

        assertThat(answer).startsWith("已记录：湖南省代表团 11月22日（周日）午餐 减少3人").doesNotContain("问题");
        assertThat(f.core.issueBook.all()).isEmpty();
        assertThat(toCoordinators("新问题")).isZero();
    }

    @Test
    void peopleSaidToBeStillInCareLaterJoinTheDelegationsPendingHealthIssue() {
        String[][] said = {
            {"湖南的中午38 哦不对36 两个人去医院了", "湖南晚上36个 那两个还在医院输液"},
            {"湖南有个队员发烧了 能不能帮忙买点退烧药", "那个发烧的还在烧 药吃了没用"},
            {"湖南两个队员崴脚了 去医院拍片", "那两个崴脚的还在医院 还没回来"},
            {"湖南有个队员肚子疼 去医院看了", "那个队员还在医院 晚上可能回不来"},
            {"湖南有个运动员拉伤了 送医院了", "湖南那个拉伤的仍在医院观察"},
        };
        for (String[] words : said) {
            ConversationFixture c = ConversationFixture.parsing(EVENT);
            c.answerTo("hunan-li", "2026-11-22T09:20", words[0]);

            String answer = c.answerTo("hunan-li", "2026-11-22T16:05", words[1]);

            assertThat(answer).as(words[1]).contains("已补充到问题#1");
            assertThat(c.core.issueBook.all()).as(words[1]).singleElement();
        }
    }
}
