package org.receptionbot.adapters.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class PretendTimeTest {
    private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-11-22T20:15:00+08:00[Asia/Shanghai]");

    @Test
    void aTimeAloneIsOnTheCurrentDay() {
        assertThat(PretendTime.read("10:05", NOW)).isEqualTo(NOW.withHour(10).withMinute(5));
        assertThat(PretendTime.read("7：30", NOW)).isEqualTo(NOW.withHour(7).withMinute(30));
    }

    @Test
    void aDayCanBeGivenWithOrWithoutTheYear() {
        assertThat(PretendTime.read("11-23 07:30", NOW))
                .isEqualTo(NOW.withDayOfMonth(23).withHour(7).withMinute(30));
        assertThat(PretendTime.read("2027-01-02 08:00", NOW).toLocalDate()).hasToString("2027-01-02");
    }

    @Test
    void anythingElseIsNotATime() {
        assertThat(PretendTime.read("明天", NOW)).isNull();
        assertThat(PretendTime.read("25:00", NOW)).isNull();
        assertThat(PretendTime.read("11-31 08:00", NOW)).isNull();
    }

    @Test
    void showsTheDayAndTimeAsTheGroupReadsThem() {
        assertThat(PretendTime.show(NOW)).isEqualTo("11月22日（周日）20:15");
    }
}
