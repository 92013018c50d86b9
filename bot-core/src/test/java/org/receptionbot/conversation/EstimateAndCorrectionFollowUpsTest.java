package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.ledger.Entry;
import org.receptionbot.record.Headcount;

/**
 * The thirty-first trial's follow-ups to the bot's own questions, read by the real parser on the bundled samples: an
 * estimate's question answered with a figure and a settling word (定了 31个, 24个 点清楚了); a delegation liaison's
 * bus estimate asked as the bus liaison's is, with a bus example; a pointed-back correction with its reason after it;
 * a bus count with a remark on someone going on their own.
 */
class EstimateAndCorrectionFollowUpsTest {
    private static final LocalDate GAMES_DAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate VISIT_DAY = LocalDate.of(2026, 12, 9);

    private static Headcount lastCount(ConversationFixture f, LocalDate day, String vehicle) {
        List<Headcount> counts = f.ledger.day(day).active().stream()
                .map(Entry::record)
                .filter(r -> r instanceof Headcount h && h.vehicle().equals(vehicle))
                .map(Headcount.class::cast)
                .toList();
        return counts.isEmpty() ? null : counts.get(counts.size() - 1);
    }

    @Test
    void aMealEstimatesQuestionTakesTheFigureWithASettlingWord() {
        for (String said : new String[] {"定了 31个", "确定了，是31人", "最后是31个", "准确的是31", "31个 定了", "定下来了 31人"}) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
            assertThat(f.answerTo("shaanxi", "2026-11-23T08:00", "陕西晚上大概三十个左右吧 有几个还没定"))
                    .contains("是估计数");

            assertThat(f.answerTo("shaanxi", "2026-11-23T08:02", said))
                    .as(said)
                    .contains("晚餐 报餐31人")
                    .doesNotContain("没能看懂");
            assertThat(f.diners(GAMES_DAY, "DINNER", "shaanxi")).as(said).isEqualTo(31);
        }
    }

    @Test
    void aBusLiaisonsEstimateQuestionTakesTheCountWithASettlingWord() {
        for (String said : new String[] {"24个 点清楚了", "点完了 24个", "数清了，24人", "清点完了 实到24人", "最后是24个", "24 点好了"}) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
            assertThat(f.answerTo("bus4", "2026-12-09T13:35", "实到二十来个 还在点")).contains("是估计数");

            assertThat(f.answerTo("bus4", "2026-12-09T13:37", said)).as(said).contains("4号车 实到24人");
            assertThat(lastCount(f, VISIT_DAY, "4").count()).as(said).isEqualTo(24);
        }
    }

    @Test
    void talkWhileCountingStaysSilentAndKeepsTheQuestionOpen() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        f.answerTo("bus4", "2026-12-09T13:35", "实到二十来个 还在点");

        assertThat(f.answerOrNull("bus4", "2026-12-09T13:36", "好的 马上点完")).isNull();
        assertThat(f.answerTo("bus4", "2026-12-09T13:37", "点清楚了 24个")).contains("4号车 实到24人");
    }

    @Test
    void aDelegationLiaisonsBusEstimateIsAskedAsTheBusesCountWithABusExample() {
        for (String[] said : new String[][] {
            {"10号车差不多40个吧 还在点", "点完了 41个"},
            {"10号车大概四十个 还在点", "41"},
            {"10号车差不多40人吧", "点好了 41人"},
            {"10车估计四十来个 正在点", "41个"},
            {"10号车上大约40个 还没点完", "数清了 41个"}
        }) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
            assertThat(f.answerTo("beijing", "2026-11-23T15:00", said[0]))
                    .as(said[0])
                    .contains("是估计数", "如“10号车实到")
                    .doesNotContain("中午22人");

            assertThat(f.answerTo("beijing", "2026-11-23T15:02", said[1]))
                    .as(said[1])
                    .contains("10号车 实到41人");
            assertThat(lastCount(f, GAMES_DAY, "10").count()).as(said[1]).isEqualTo(41);
        }
    }

    @Test
    void aPointedBackCorrectionWithItsReasonAfterItCorrects() {
        for (String[] said : new String[][] {
            {"刚才报的38个要改成37个 有一个临时去裁判组帮忙", "37"},
            {"刚才报的38个改成36个，两个去医院陪护了", "36"},
            {"之前报的38人改为37人 1个临时有事", "37"},
            {"不是38 是37 有一位领导不来吃了", "37"},
            {"刚才说的38个要改成37个，一位教练去裁判组了", "37"}
        }) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
            f.answerTo("beijing", "2026-11-23T08:00", "北京中午38个 晚上42全回来吃");

            assertThat(f.answerTo("beijing", "2026-11-23T08:05", said[0]))
                    .as(said[0])
                    .contains("已更正", "午餐 改为报餐" + said[1] + "人")
                    .doesNotContain("没能看懂");
            assertThat(f.diners(GAMES_DAY, "LUNCH", "beijing")).as(said[0]).isEqualTo(Integer.parseInt(said[1]));
            assertThat(f.diners(GAMES_DAY, "DINNER", "beijing")).as(said[0]).isEqualTo(42);
        }
    }

    @Test
    void aShortCorrectionWithAReasonCountingPeopleCorrectsTheLastReport() {
        for (String said : new String[] {"不对，是37人 有一个去裁判组了", "不对 是37个 1个临时有事", "说错了 应该是37 有一位不来了"}) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
            f.answerTo("beijing", "2026-11-23T08:00", "北京中午38个");

            assertThat(f.answerTo("beijing", "2026-11-23T08:03", said)).as(said).contains("已更正", "午餐 改为报餐37人");
            assertThat(f.diners(GAMES_DAY, "LUNCH", "beijing")).as(said).isEqualTo(37);
        }
    }

    @Test
    void aCorrectionFollowedByAnotherMealsFigureIsNotTakenAsAReason() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.answerTo("beijing", "2026-11-23T08:00", "北京中午38个 晚上42全回来吃");

        String answer = f.answerOrNull("beijing", "2026-11-23T08:05", "刚才报的38个要改成37个 晚上40个");

        assertThat(f.diners(GAMES_DAY, "DINNER", "beijing")).as(answer).isNotEqualTo(42);
    }

    @Test
    void aBusCountWithSomeoneGoingOnTheirOwnIsRecorded() {
        for (String[] said : new String[][] {
            {"bus7", "7", "7号车27人 还有1个广西的说自己打车过去", "27"},
            {"bus5", "5", "5号车18个 还有一个北京的说他自己过去", "18"},
            {"bus3", "3", "3号车40人 还有两个湖南的说自己打车", "40"},
            {"bus2", "2", "2号车29人 还有1个说自己开车过去", "29"},
            {"bus1", "1", "1号车33个，另外两个云南的说他们自己过去", "33"}
        }) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

            assertThat(f.answerTo(said[0], "2026-12-09T13:40", said[2]))
                    .as(said[2])
                    .contains(said[1] + "号车 实到" + said[3] + "人");
            Headcount h = lastCount(f, VISIT_DAY, said[1]);
            assertThat(h.count()).as(said[2]).isEqualTo(Integer.parseInt(said[3]));
            assertThat(h.delegation()).as(said[2]).isNull();
        }
    }

    private static List<String> coordinatorNotices(ConversationFixture f) {
        return f.outbox.sentTo(ConversationFixture.COORDINATORS).stream()
                .map(r -> r.text())
                .toList();
    }

    @Test
    void aBusShortByThePeopleTheLiaisonSaysGoOnTheirOwnIsNotWarnedOf() {
        for (String said : new String[] {
            "7号车实到46 还有2个自己打车过去赛场",
            "7号车实到46人，另外两个自己打车去",
            "7号车46个 还有2个四川的说自己打车过去",
            "7号车实到46 两个领队自行前往",
            "7号车实到四十六 有俩睡过头了 自己打车来",
            "7号车实到46 九院那边还有2个四川的自己打车过去"
        }) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

            assertThat(f.answerTo("sichuan", "2026-11-23T07:30", said))
                    .as(said)
                    .contains("7号车 实到46人（应到48人，另2人自行前往）")
                    .doesNotContain("⚠少");
            assertThat(coordinatorNotices(f)).as(said).noneMatch(t -> t.contains("7号车清点少"));
        }
    }

    @Test
    void aBusShortOfMoreThanThePeopleGoingOnTheirOwnOrOfPeopleStillComingIsWarnedOf() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        assertThat(f.answerTo("sichuan", "2026-11-23T07:30", "7号车实到45 还有2个自己打车过去"))
                .contains("⚠少3人");
        assertThat(coordinatorNotices(f)).anyMatch(t -> t.contains("7号车清点少3人"));

        ConversationFixture g = ConversationFixture.parsing(SampleEvents.games());
        assertThat(g.answerTo("sichuan", "2026-11-23T07:30", "7号车实到46 还有2个在后面 马上到"))
                .contains("⚠少2人");
        assertThat(coordinatorNotices(g)).anyMatch(t -> t.contains("7号车清点少2人"));
    }

    @Test
    void peopleGoingOnTheirOwnMayBeCountedAsACollectiveNumeral() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        assertThat(f.answerTo("sichuan", "2026-11-23T07:30", "7号车实到45 有仨自己打车过去"))
                .contains("7号车 实到45人（应到48人，另3人自行前往）")
                .doesNotContain("⚠少");
    }

    @Test
    void aRouteShortByThePeopleTheLastBusSaysGoOnTheirOwnIsNotWarnedOf() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        f.answerTo("bus6", "2026-12-09T13:38", "6号车实到30");

        assertThat(f.answerTo("bus7", "2026-12-09T13:40", "7号车27人 还有4个广西的说自己打车过去"))
                .contains("7号车 实到27人", "实到57人 / 应到61人，另4人自行前往")
                .doesNotContain("⚠");
        assertThat(coordinatorNotices(f)).noneMatch(t -> t.contains("柳州线清点少"));
    }

    @Test
    void aRouteShortOfMoreThanThePeopleGoingOnTheirOwnIsWarnedOf() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        f.answerTo("bus6", "2026-12-09T13:38", "6号车实到30");

        assertThat(f.answerTo("bus7", "2026-12-09T13:40", "7号车27人 还有1个广西的说自己打车过去"))
                .contains("⚠柳州线清点少4人");
        assertThat(coordinatorNotices(f)).anyMatch(t -> t.contains("柳州线清点少4人"));
    }
}
