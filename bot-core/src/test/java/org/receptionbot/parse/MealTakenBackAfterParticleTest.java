package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCount;

/**
 * "晚饭就剩0个了吧 不对 还有个司机 1个": a meal's figure ending in a particle (了, 吧), then taken back, is the figure
 * meant after 不对.
 */
class MealTakenBackAfterParticleTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T15:40");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 9);

    @ParameterizedTest
    @CsvSource({"shandong, 晚饭就剩0个了 不对 还有个司机 1个, 1", "shandong, 晚饭5个了吧 不对 6个, 6", "shandong, 晚饭5个了 不对 6个 有一个到了, 6"})
    void theFigureAfterTheTakeBackIsTheMeals(String sender, String text, int count) {
        PARSER.check(text, sender).records(new MealCount(sender, DAY, "DINNER", count));
    }
}
