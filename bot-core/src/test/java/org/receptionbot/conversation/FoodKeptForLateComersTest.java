package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.record.IssueCategory;

/**
 * Food kept for the people of a team who come to the meal later ("给晚到的4个留饭", "晚饭给还在比赛的4个人留4份"), read
 * by the real parser on the games sample: a meal matter passed on, never an arrival of those people nor the meal's
 * figure; a whole team's figure said beside it stays the meal's count.
 */
class FoodKeptForLateComersTest {
    private static final LocalDate DAY = LocalDate.parse("2026-11-22");

    @ParameterizedTest
    @CsvSource({
        "08:00, 给晚到的4个留饭",
        "10:00, 晚上给晚到的4个留4份饭",
        "14:00, 晚饭给还在比赛的4个人留4份",
        "15:00, 晚饭给晚回来的两个人留两个人的饭",
        "16:00, 晚上请给还没到的7个人留饭"
    })
    void foodKeptForLateComersIsAMealMatterAndNoArrival(String at, String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.answerTo("hunan", "2026-11-22T07:00", "晚饭35人");

        String answer = f.answerTo("hunan", "2026-11-22T" + at, text);

        assertThat(answer).contains("【餐饮】湖南省代表团：" + text).doesNotContain("抵达");
        assertThat(f.issue(1).issue().category()).isEqualTo(IssueCategory.MEAL);
        assertThat(f.movementsOf("hunan")).isEmpty();
        assertThat(f.diners(DAY, "DINNER", "hunan")).isEqualTo(35);
    }

    @ParameterizedTest
    @CsvSource({"湖南晚饭40 给晚回来的5个留5份", "湖南晚饭40 另外给没回来的5个留饭"})
    void theWholeTeamsFigureBesideIsTheMealsCountAndTheFoodKeptIsPassedOn(String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo("hunan", "2026-11-22T10:00", text);

        assertThat(answer).contains("【餐饮】").doesNotContain("抵达");
        assertThat(f.diners(DAY, "DINNER", "hunan")).isEqualTo(40);
        assertThat(f.issue(1).issue().category()).isEqualTo(IssueCategory.MEAL);
    }
}
