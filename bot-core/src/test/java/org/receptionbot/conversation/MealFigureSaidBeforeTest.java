package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trial 47: "刚才说晚饭45 其实是46": a meal's figure named as said before (刚才说, 之前报的, 上面说的) and the figure meant
 * after it (其实是, 应该是, 改成) replaces the sender's last figure for that meal, the sender's team named before it or not;
 * a question about it corrects nothing.
 */
class MealFigureSaidBeforeTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "xinjiang|新疆的 晚饭45人 那两个回来了再说|刚才说晚饭45 其实是46 有一个行李不要了先坐出租过来了|DINNER|46",
                "xinjiang|晚饭45人|新疆刚才说晚饭45 其实是46|DINNER|46",
                "hunan|中午30 晚上30|刚才说晚饭30 其实是28|DINNER|28",
                "hunan|中午30 晚上30|之前报的午饭30 应该是32|LUNCH|32",
                "guizhou|今天晚饭28个|上面说的晚饭28个 改成27个 有一个生病了|DINNER|27",
                "gansu|晚饭25人|刚刚说晚饭25 不对 实际是24|DINNER|24"
            })
    void theMealsFigureSaidBeforeIsReplaced(String team, String report, String said, String meal, int figure) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-20");
        f.say(team, "09:00", report);

        assertThat(f.answerTo(team, "09:30", said)).as(said).startsWith("已更正");
        assertThat(f.diners(DAY, meal, team)).as(said).isEqualTo(figure);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"刚才说晚饭30 其实是28 对吗", "刚才说晚饭30 其实是28吗", "刚才说晚饭30 是不是应该是28"})
    void aQuestionAboutItCorrectsNothing(String said) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-20");
        f.say("hunan", "09:00", "中午30 晚上30");

        String answer = f.answerOrNull("hunan", "09:05", said);

        assertThat(answer == null ? "" : answer).as(said).doesNotStartWith("已更正");
        assertThat(f.diners(DAY, "DINNER", "hunan")).as(said).isEqualTo(30);
    }
}
