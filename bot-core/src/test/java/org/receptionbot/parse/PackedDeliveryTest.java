package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.MealCount;

/**
 * Trial 62: the delivery after the packing ("打包34份 11点半送到体育馆", "11点半送过来", "12点前来拿") is the packing's,
 * no arrival, and the meal said after it past a space ("晚上34") is read; a team brought with no packing still arrives.
 */
class PackedDeliveryTest {
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-18T08:40");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 18);

    @ParameterizedTest
    @ValueSource(strings = {"江苏今天中午全队在赛场吃 打包34份 11点半送到体育馆 晚上34", "江苏中午打包34份 11点半送过来 晚上34", "江苏中午打包34份 12点前来拿 晚饭34"})
    void theDeliveryIsThePackingsAndTheNextMealIsRead(String text) {
        ParseOutcome read = SPORTS.read(text, "jiangsu");
        assertThat(read).as(text).isInstanceOf(ParseOutcome.Understood.class);
        assertThat(read.records())
                .as(text)
                .contains(new MealCount("jiangsu", DAY, "DINNER", 34))
                .noneSatisfy(r -> assertThat(r).isInstanceOf(Arrival.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"湖南明天下午3点送过来 35人", "湖南明天下午3点到 35人"})
    void aTeamBroughtWithNoPackingStillArrives(String text) {
        assertThat(SPORTS.read(text, "hunan").records())
                .as(text)
                .anySatisfy(r -> assertThat(r).isInstanceOf(Arrival.class));
    }
}
