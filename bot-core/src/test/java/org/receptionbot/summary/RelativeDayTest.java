package org.receptionbot.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one wording of a relative day in answers: 今天, 明天, 后天, else the date with its weekday. */
class RelativeDayTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void theNextTwoDaysAreSaidByTheirWordsAndOtherDaysByTheDate() {
        assertThat(Texts.relativeDay(TODAY, TODAY)).isEqualTo("今天");
        assertThat(Texts.relativeDay(TODAY.plusDays(1), TODAY)).isEqualTo("明天");
        assertThat(Texts.relativeDay(TODAY.plusDays(2), TODAY)).isEqualTo("后天");
        assertThat(Texts.relativeDay(TODAY.plusDays(3), TODAY)).isEqualTo("11月26日（周四）");
        assertThat(Texts.relativeDay(TODAY.minusDays(1), TODAY)).isEqualTo("11月22日（周日）");
    }
}
