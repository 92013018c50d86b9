package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.Record;

/**
 * A meal the team will miss with food asked to be kept ("河南晚饭赶不上了 麻烦餐厅给留36份 七点半左右到") is a request to the
 * kitchen, no cancellation, and the time said after the request is when they come to eat, no arrival; a fear of
 * missing, food kept already, or a cancellation with no food kept stay as the rules read them.
 */
class MissedMealKeptTest {
    private static final ParserFixture EVENING = ParserFixture.of(TestEvents.reference(), "2026-11-22T19:13");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "henan|河南晚饭赶不上了 麻烦餐厅给留36份 七点半左右到|henan",
                "henan|河南晚饭赶不上了 给我们留36份饭|henan",
                "''|湖南晚饭赶不上了 给我们留个饭 8点左右到|hunan",
                "gansu|晚饭来不及吃了 帮忙留28份 我们大概七点四十到|gansu",
                "yunnan|云南的晚饭赶不上了，麻烦给留一下饭，九点到酒店|yunnan",
                // Trial 54: the kept food's figure said before 留.
                "hunan|晚宴肯定赶不上了 7个人的饭帮忙留一下|hunan",
                "gansu|甘肃晚饭赶不上了 28份饭给我们留着|gansu",
                "''|河南晚饭来不及吃了 36个人的饭麻烦留一下|henan",
                "yunnan|晚饭吃不上了 饭帮忙留一下|yunnan"
            })
    void aMissedMealWithFoodKeptIsARequestNoCancelNorArrival(String sender, String text, String team) {
        ParseOutcome read = EVENING.read(text, sender.isEmpty() ? null : sender);

        assertThat(read.records()).as(text).noneMatch(r -> r instanceof MealCancel);
        assertThat(read.records()).as(text).contains(new Issue(IssueCategory.MEAL, team, text.strip()));
        assertThat(read.records()).as(text).noneMatch(r -> r instanceof Arrival);
        if (read instanceof ParseOutcome.Incomplete i)
            assertThat(i.gaps())
                    .as(text)
                    .noneMatch(g -> g.draft() instanceof Arrival || g.draft() instanceof MealCancel);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "henan|河南晚饭赶不上了 不吃了",
                "henan|晚饭赶不上了 取消36人",
                "hunan|湖南怕赶不上晚饭 已经留了饭",
                "gansu|晚饭来不及吃了",
                "hunan|晚饭赶不上了 36份饭已经留了"
            })
    void withNoFoodKeptTheMissedMealStaysACancel(String sender, String text) {
        ParseOutcome read = EVENING.read(text, sender);

        assertThat(read.records()).as(text).noneMatch(MissedMealKeptTest::keptRequest);
    }

    private static boolean keptRequest(Record r) {
        return r instanceof Issue i
                && i.category() == IssueCategory.MEAL
                && i.text().contains("留");
    }
}
