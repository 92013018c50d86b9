package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.message.Gap;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * Trial 53's 上海: "上海看决赛那6个回来要吃宵夜 6份 大概10点到" records the 宵夜 and asks no day of an arrival, so the answer
 * "就今天晚上啊" is never recorded as an arrival of 6 at 22:00, nor refused as a dinner report.
 */
class ComingBackToEatTest {
    private static final LocalDate DAY = LocalDate.parse("2026-11-23");

    @ParameterizedTest
    @CsvSource({
        "shanghai,上海看决赛那6个回来要吃宵夜 6份 大概10点到,6,就今天晚上啊",
        "hubei,湖北打完比赛那8个回来吃宵夜 8份 11点左右到,8,今天晚上",
        "sichuan,四川看比赛的5个回来要吃宵夜 5份 10点半到,5,今晚",
    })
    void theirHourIsTheMealsNoArrival(String team, String text, int figure, String reply) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");

        String answer = f.answerTo(team, "17:40", text);
        String then = f.answerOrNull(team, "17:41", reply);

        assertThat(answer).contains("宵夜 报餐" + figure + "人").doesNotContain("哪一天");
        assertThat(then == null ? "" : then).doesNotContain("抵达").doesNotContain("该餐已开餐");
        assertThat(f.movementsOf(team)).isEmpty();
        assertThat(f.diners(DAY, "LATE_NIGHT", team)).isEqualTo(figure);
    }

    @Test
    void anArrivalNotComingBackIsStillAsked() {
        Gap gap =
                new Gap(Gap.Field.DATE, new Arrival("shanghai", null, LocalTime.of(22, 0), 6, null, null), "6个 大概10点到");
        List<Record> records = List.of(new MealCount("shanghai", DAY, "LATE_NIGHT", 6));

        assertThat(ComingBackToEat.drop(List.of(gap), records, "上海还有6个人要来 宵夜6份 大概10点到"))
                .containsExactly(gap);
        assertThat(ComingBackToEat.drop(List.of(gap), List.of(), "上海那6个回来 大概10点到"))
                .containsExactly(gap);
        assertThat(ComingBackToEat.drop(List.of(gap), records, "上海那6个回来吃宵夜 大概10点到"))
                .isEmpty();
    }
}
