package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCount;

/**
 * Food kept for the people of a team who come to the meal later ("给晚到的4个留饭", "晚饭给还在比赛的4个人留4份"):
 * a request to the caterer (ISSUE MEAL), never an arrival of those people nor the meal's figure; a figure of the
 * whole team said beside it stays the meal's count.
 */
class KeptForLateComersTest {
    private static final ParserFixture PARSER =
            ParserFixture.of(org.receptionbot.event.TestEvents.reference(), "2026-11-24T10:00");

    private static ParseOutcome read(String team, String text, String at) {
        return PARSER.at("2026-11-24T" + at).read(text, team);
    }

    @ParameterizedTest
    @CsvSource({
        "hunan, 给晚到的4个留饭, 08:00",
        "hunan, 给晚到的4个留饭, 15:00",
        "hunan, 晚上给晚到的4个留4份饭, 10:00",
        "hunan, 晚饭给还在比赛的4个人留4份, 14:00",
        "guizhou, 中午给还在训练的6个留饭, 09:00",
        "fujian, 麻烦给没回来的3个人留3个人的饭, 17:00",
        "jilin, 晚饭帮晚回来的两个留两份, 16:00",
        "sichuan, 给后到的5位留5份晚饭, 15:00",
        "hubei, 晚上请给还没到的7个人留饭, 16:00",
        "shanxi, 给4个晚到的留饭, 15:00",
        "henan, 河南给晚回来的8个留8份晚饭 谢谢, 15:00"
    })
    void foodKeptForLateComersIsAMealRequest(String team, String text, String at) {
        ParseOutcome read = read(team, text, at);

        assertThat(read).as(text).isInstanceOf(ParseOutcome.Understood.class);
        assertThat(read.records()).as(text).singleElement().isInstanceOfSatisfying(Issue.class, i -> {
            assertThat(i.category()).isEqualTo(IssueCategory.MEAL);
            assertThat(i.delegation()).isEqualTo(team);
        });
    }

    @ParameterizedTest
    @CsvSource({
        "hunan, 湖南晚饭40 给晚回来的5个留5份, 40",
        "guangdong, 广东中午35个 给还在比赛的两个留两份饭, 35",
        "zhejiang, 浙江晚饭30人 另外给没回来的4个留饭, 30"
    })
    void theWholeTeamsFigureBesideStaysTheMealsCount(String team, String text, int count) {
        ParseOutcome read = read(team, text, "10:00");

        assertThat(read.records()).as(text).noneMatch(r -> r instanceof Arrival || r instanceof Departure);
        assertThat(read.records())
                .as(text)
                .filteredOn(r -> r instanceof MealCount)
                .singleElement()
                .isInstanceOfSatisfying(
                        MealCount.class, c -> assertThat(c.count()).isEqualTo(count));
    }

    @ParameterizedTest
    @CsvSource({"hunan, 晚到的4个已经到酒店了", "hunan, 给晚到的4个安排好房间了", "hunan, 给他们留的饭已经吃完了 谢谢"})
    void lookAlikesFileNoMealRequest(String team, String text) {
        ParseOutcome read = read(team, text, "15:00");

        assertThat(read.records())
                .as(text)
                .noneMatch(r -> r instanceof Issue i && i.category() == IssueCategory.MEAL || r instanceof MealCount);
    }
}
