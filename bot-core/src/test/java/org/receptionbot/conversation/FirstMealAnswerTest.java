package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The answer's "自…起计入用餐" names the meal the dinner board counts the arrival from: a meal being served that counts
 * them (大概六点到 said during dinner), or one already over that counts them ("上午十点多就到了" said in the afternoon),
 * not the late night nobody ordered nor the next meal.
 */
class FirstMealAnswerTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 18);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "henan|17:50|河南大概六点到 晚饭直接去餐厅吃|晚餐|DINNER",
                "henan|17:40|我们六点左右到 直接去吃晚饭|晚餐|DINNER",
                "jiangsu|14:30|江苏的上午十点多就到了|午餐|LUNCH",
                "gansu|15:00|甘肃上午十一点就到了|午餐|LUNCH"
            })
    void theAnswerNamesTheMealTheBoardCountsThemFrom(String team, String at, String text, String meal, String id) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo(team, DAY + "T" + at, text);

        assertThat(f.diners(DAY, id, team)).isPositive();
        assertThat(answer).contains("自11月18日" + meal + "起计入用餐");
    }
}
