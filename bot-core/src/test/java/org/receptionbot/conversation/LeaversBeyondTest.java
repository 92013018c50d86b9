package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trial 55: figures that do not add up with the people leaving are recorded with a plain ⚠ for the sender to check —
 * departures adding up past the team's size, and a meal's figure above the people still there after the departures
 * reported ("湖北30人、湖南35人明天中午吃饭" beside 20 of 湖南's 35 leaving in the morning). Figures that add up are
 * recorded without one. Read by the real parser on the sports sample (湖南 35, 湖北 60).
 */
class LeaversBeyondTest {
    private static final LocalDate TOMORROW = LocalDate.parse("2026-11-24");
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "湖南明天上午有20个人先走 9点的高铁|湖南明天下午还有20个走 3点的飞机|40",
                "湖南明天上午有20个人先走 9点的高铁|湖南后天上午还有18个人走 10点的高铁|38",
            })
    void departuresPastTheTeamsSizeAreFlagged(String first, String second, int sum) {
        f.answerTo("hunan", "09:00", first);

        String answer = f.answerTo("hunan", "16:00", second);

        assertThat(answer)
                .contains("⚠湖南省代表团已报离开合计" + sum + "人")
                .contains("多于该团人数35人")
                .contains("请核实");
        assertThat(f.movementsOf("hunan")).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "湖南明天上午有20个人先走 9点的高铁|湖南剩下的15个后天上午走 10点的高铁",
                "湖南明天上午有20个人先走 9点的高铁|不对 湖南明天上午是25个人先走",
            })
    void departuresThatAddUpAreNotFlagged(String first, String second) {
        f.answerTo("hunan", "09:00", first);

        assertThat(f.answerTo("hunan", "16:00", second)).doesNotContain("已报离开合计");
    }

    @Test
    void aListsLunchPastThoseLeftAfterDeparturesIsFlaggedForThatTeamOnly() {
        f.answerTo("hunan", "09:00", "湖南明天上午有20个人先走 9点的高铁");

        String answer = f.answerTo("tian", "15:00", "湖北30人、湖南35人明天中午吃饭");

        assertThat(answer)
                .contains("⚠湖南省代表团 11月24日（周二）午餐报餐35人，多于届时在会的15人（已报离开20人）")
                .doesNotContain("⚠湖北");
        assertThat(f.diners(TOMORROW, "LUNCH", "hunan")).isEqualTo(35);
        assertThat(f.diners(TOMORROW, "LUNCH", "hubei")).isEqualTo(30);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "湖南明天上午有20个人先走 9点的高铁|湖南明天中午15个人吃饭",
                "湖南明天下午有20个人先走 3点的飞机|湖南明天中午35个人吃饭",
                "湖南后天上午有20个人先走 9点的高铁|湖南明天中午35个人吃饭",
            })
    void aFigureWithinThoseThereIsNotFlagged(String departure, String lunch) {
        f.answerTo("hunan", "09:00", departure);

        assertThat(f.answerTo("hunan", "09:30", lunch)).doesNotContain("届时在会");
    }

    @Test
    void aFigureAboveTheSizeWithNoDepartureKeepsItsOwnWarning() {
        String answer = f.answerTo("hunan", "09:30", "湖南明天中午38个人吃饭");

        assertThat(answer).doesNotContain("届时在会").doesNotContain("已报离开");
    }
}
