package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.parse.MessageParser;

/**
 * The thirty-first trial's confident wrong readings, as the chat answers them with the real parser on the bundled
 * samples: a remark on a line of a 接龙 is filed under that line's delegation with that line's words; a late-night
 * order beside the hour the team comes back is the order, and nobody leaves; a route's figure said unchanged is not
 * the count of a person's switch said beside it.
 */
class ListRemarksAndLateOrdersTest {

    private static ConversationFixture parsing(Event event) {
        MessageParser parser = new MessageParser(event);
        return new ConversationFixture(
                event, (text, at, delegation, vehicle) -> parser.parse(text, at, delegation, vehicle));
    }

    @Test
    void aRemarkOnTheLastLineOfAListIsFiledUnderThatLinesDelegationWithThatLinesWords() {
        ConversationFixture f = parsing(SampleEvents.games());

        String answer = f.answerTo(
                "tian",
                "2026-11-23T11:00",
                "#接龙 今晚晚餐人数\n1. 湖北 58\n2. 四川48\n3.云南 53\n4. 宁夏 30人\n5. 兵团 二十五\n6. 青海 全体27\n7. 西藏 28个 2个发烧在房间");

        assertThat(answer)
                .contains("西藏自治区代表团 11月23日（周一）晚餐 报餐28人")
                .contains("问题#1 【医疗】西藏自治区代表团：2个发烧在房间")
                .doesNotContain("湖北省代表团：")
                .doesNotContain("接龙 今晚晚餐人数 2个");
        assertThat(f.answerTo("tian", "2026-11-23T11:05", "/issues")).contains("#1 【医疗】西藏自治区代表团：2个发烧在房间");
    }

    @Test
    void aRemarkOnAMiddleLineOfAListNumberedWithCirclesIsOfThatLinesDelegation() {
        ConversationFixture f = parsing(SampleEvents.games());

        String answer = f.answerTo("tian", "2026-11-23T14:00", "今晚晚餐接龙\n①湖南 35\n②广东 30 1206房没有热水\n③广西 50");

        assertThat(answer).contains("【住宿】广东省代表团：1206房没有热水").doesNotContain("湖南省代表团：");
    }

    @Test
    void remarksOfOneKindOnTwoLinesOfAListAreTwoIssuesEachUnderItsLinesDelegation() {
        ConversationFixture f = parsing(SampleEvents.games());

        f.answerTo("tian", "2026-11-23T14:00", "#接龙 今晚晚餐\n1. 湖北 58 有1个发烧\n2. 四川 48\n3. 西藏 28 2个发烧在房间");

        assertThat(f.answerTo("tian", "2026-11-23T14:05", "/issues"))
                .contains("【医疗】湖北省代表团：有1个发烧")
                .contains("【医疗】西藏自治区代表团：2个发烧在房间");
    }

    @Test
    void aLateNightOrderBesideTheHourTheTeamComesBackIsTheOrderAndNobodyLeaves() {
        ConversationFixture f = parsing(SampleEvents.games());

        String answer = f.answerTo("hunan", "2026-11-23T18:50", "我们今晚宵夜要12份 训练完大概10点回");

        assertThat(answer).contains("湖南省代表团 11月23日（周一）宵夜 报餐12人").doesNotContain("离开");
        assertThat(f.ledger.activeMovements()).isEmpty();
    }

    @Test
    void aRouteFigureSaidUnchangedIsNotTheCountOfAPersonsSwitchBesideIt() {
        ConversationFixture f = parsing(SampleEvents.conference());

        String answer = f.answerTo("hunan", "2026-12-09T08:30", "湖南北海线3个不变 柳州线那边的李处改去北海了");

        assertThat(answer)
                .contains("湖南省住房和城乡建设厅 1人 由柳州线改为北海线")
                .contains("北海线：湖南省住房和城乡建设厅 4人（原3人）")
                .contains("柳州线：湖南省住房和城乡建设厅 2人（原3人）");
    }
}
