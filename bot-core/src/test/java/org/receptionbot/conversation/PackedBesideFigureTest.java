package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.summary.DelegationDiners;

/**
 * Packed portions beside a meal's own figure (trial findings of session 37): "今晚40人，打包8份" keeps the count and
 * sends the portions to the caterer; a figure said as seated (堂食20人 打包6份) stays seated, the portions beside it;
 * portions added (再加打包8份) are packed, not seated; a packing said reported already files nothing new.
 */
class PackedBesideFigureTest {
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

    private DelegationDiners diners(String team, String day, String meal) {
        return f
                .core
                .meals
                .board(
                        LocalDate.parse(day),
                        f.core.event.meal(meal).orElseThrow(),
                        ConversationFixture.time("2026-11-23T12:00"))
                .venues()
                .stream()
                .flatMap(v -> v.delegations().stream())
                .filter(d -> d.delegation().id().equals(team))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "shandong|2026-11-23T14:30|今晚40人，打包8份|2026-11-23|DINNER|32|8",
                "shandong|2026-11-23T14:30|晚饭40个 打包8份|2026-11-23|DINNER|32|8",
                "shandong|2026-11-23T19:30|明天早餐堂食20人 打包6份|2026-11-24|BREAKFAST|20|6",
                "hunan|2026-11-23T19:30|明天早饭堂食30人，另外打包5份|2026-11-24|BREAKFAST|30|5",
                "shandong|2026-11-23T14:30|晚饭再加打包8份|2026-11-23|DINNER|41|8",
                "hunan|2026-11-23T19:30|明天早饭30人 打包5份 6点前要拿|2026-11-24|BREAKFAST|25|5"
            })
    void portionsBesideTheMealsFigureReachTheCaterer(
            String team, String at, String text, String day, String meal, int seated, int packed) {
        f.answerTo(team, at, text);

        assertThat(diners(team, day, meal).seated()).as(text).isEqualTo(seated);
        assertThat(diners(team, day, meal).packed()).as(text).isEqualTo(packed);
        assertThat(f.cateringNotices()).as(text).singleElement().asString().contains("打包" + packed + "份");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // the packing names another meal than the figure's
                "shandong|2026-11-23T19:30|明天早饭41 午饭打包8份|2026-11-24|BREAKFAST",
                // several servings with their figures and a packing that names none
                "shandong|2026-11-23T19:30|明天早饭41 中午40 打包8份|2026-11-24|BREAKFAST"
            })
    void aPackingOfNoFigureSaidIsNotPutBesideIt(String team, String at, String text, String day, String meal) {
        f.answerTo(team, at, text);

        assertThat(diners(team, day, meal).packed()).as(text).isZero();
    }

    @Test
    void aPackingAfterAnotherMealReportedBeforeIsFiled() {
        f.answerTo("guangdong", "2026-11-23T14:00", "早饭报过了 晚饭37 打包5份");

        assertThat(f.cateringNotices()).singleElement().asString().contains("打包5份");
    }

    @Test
    void aPackingSaidReportedAlreadyFilesNoSecondRequest() {
        f.answerTo("guangdong", "2026-11-23T09:00", "广东晚饭打包5份");
        String answer = f.answerTo("guangdong", "2026-11-23T14:00", "广东晚上37 其中5份打包 上午报过了");

        assertThat(answer).doesNotContain("问题#2");
        assertThat(f.cateringNotices()).hasSize(1);
        assertThat(diners("guangdong", "2026-11-23", "DINNER").packed()).isEqualTo(5);
    }
}
