package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trial 56's 北京: the bare figure that answers an estimate asked of a meal keeps the day and meal asked about. An
 * estimate that names no day is of the day said before it in the message, or of the later day of the meals read beside
 * it; alone, it is today's.
 */
class EstimateAnswerKeepsItsDayTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @CsvSource({
        "beijing,北京明天中午少5个 晚上三十七八个吧,38个,DINNER,38",
        "hunan,湖南明天早饭35 中午大概三十个,30,LUNCH,30",
        "hubei,湖北明早60 晚上五十来个吧,52人,DINNER,52",
    })
    void theAnswerIsOfTheDayAskedAbout(String team, String text, String reply, String meal, int figure) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        assertThat(f.soleAnswerTo(team, "18:30", text)).contains("是估计数");

        String answer = f.soleAnswerTo(team, "18:31", reply);

        assertThat(answer).contains("11月24日").contains("报餐" + figure + "人").doesNotContain("该餐已开餐");
        assertThat(f.diners(DAY.plusDays(1), meal, team)).isEqualTo(figure);
    }

    @ParameterizedTest
    @CsvSource({"fujian,福建晚上三十七八个吧,38,DINNER,38", "jilin,吉林中午估计四十个左右 晚上照常,40,LUNCH,40"})
    void anEstimateNamingNoDayIsTodays(String team, String text, String reply, String meal, int figure) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        assertThat(f.soleAnswerTo(team, "09:30", text)).contains("是估计数");

        assertThat(f.soleAnswerTo(team, "09:31", reply)).contains("11月23日").contains("报餐" + figure + "人");
        assertThat(f.diners(DAY, meal, team)).isEqualTo(figure);
    }
}
