package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The thirty-fourth trial's findings about answers and commands, by the real parser on the bundled samples.
 */
class SaidGoneAndHelpExamplesTest {

    private static ConversationFixture games() {
        return ConversationFixture.parsing(SampleEvents.games());
    }

    @Test
    void aWholeDelegationSaidBoardedForTheStationBeforeItsPlannedTimeConfirmsThePlannedDeparture() {
        String[][] said = {
            {"beijing", "北京全团已上车 出发去高铁站了 这几天辛苦大家了", "北京市代表团 全团42人已离开（计划08:30 G1118）"},
            {"yunnan", "云南的都上车走了", "云南省代表团 全团55人已离开（计划08:30 G1272）"},
            {"hubei", "湖北全团已经离开酒店了 谢谢各位", "湖北省代表团 全团60人已离开（计划08:30 G571）"},
        };
        for (String[] s : said) {
            ConversationFixture f = games();

            String answer = f.answerTo(s[0], "2026-11-30T07:50", s[1]);
            String moves = f.answerTo("tian", "2026-11-30T07:51", "/moves");

            assertThat(answer).as(s[1]).startsWith("已确认：" + s[2]);
            assertThat(moves).as(s[1]).containsPattern("离开 " + s[2].substring(0, 5) + "[^\\n]*已离开 ✓");
        }
    }

    @Test
    void aTeamBoundForTheStationMayBeSaidGoneFourHoursEarlyOneNamingNoPlaceTwoAndOneBoundForTheVenueNever() {
        ConversationFixture station = games();
        ConversationFixture unsaid = games();
        ConversationFixture venue = games();

        String early = station.answerTo("beijing", "2026-11-30T04:40", "北京全团已上车 出发去机场了");
        String tooEarly = unsaid.answerOrNull("hubei", "2026-11-30T06:20", "湖北全体已上车出发");
        String toVenue = venue.answerOrNull("hubei", "2026-11-30T07:50", "湖北全团已上车 出发去赛场了");

        assertThat(early).startsWith("已确认：北京市代表团 全团42人已离开（计划08:30 G1118）");
        assertThat(tooEarly == null ? "" : tooEarly).doesNotContain("已确认").doesNotContain("离开");
        assertThat(toVenue == null ? "" : toVenue).doesNotContain("已确认").doesNotContain("离开");
        assertThat(unsaid.ledger.activeMovements()).isEmpty();
        assertThat(venue.ledger.activeMovements()).isEmpty();
    }

    @Test
    void theConferenceHelpGivesExamplesFromTheConferenceAndTheGamesHelpKeepsItsOwn() {
        String conference =
                ConversationFixture.parsing(SampleEvents.conference()).answerTo("beijing", "2026-12-09T09:00", "/help");
        String sports = games().answerTo("beijing", "2026-11-23T09:00", "/help");

        assertThat(conference)
                .doesNotContain("九院")
                .doesNotContain("参赛证")
                .contains("/actual 荔园山庄自助餐厅 午餐 200")
                .contains("各代表团带好参会证")
                .contains("/status 湖南 ");
        assertThat(sports)
                .contains("“湖南团今晚少5人”“3号车实到42人”")
                .contains("/actual 九院 午餐 412")
                .contains("各代表团带好参赛证");
    }

    @Test
    void aSendOffAskingToBeToldOfTheArrivalIsTalkAndAnArrivalSaidStaysAReport() {
        String[] sendOffs = {
            "大家辛苦了 路上注意安全 到了说一声", "各位路上慢点 到了在群里报个平安", "注意安全 到了以后跟我说一下", "辛苦了 到酒店了吱一声", "路上注意安全啊 到了记得说一声",
        };
        for (String said : sendOffs) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

            assertThat(f.answerOrNull("huang", "2026-12-09T14:00", said))
                    .as(said)
                    .isNull();
            assertThat(f.ledger.activeMovements()).as(said).isEmpty();
        }
        assertThat(ArrivalRequests.in("我们到了 跟大家说一声")).isFalse();
        assertThat(ArrivalRequests.in("湖南3人已到 说一声")).isFalse();
    }
}
