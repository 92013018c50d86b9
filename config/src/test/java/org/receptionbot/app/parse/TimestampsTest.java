package org.receptionbot.app.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-read common form gives what {@link OffsetDateTime#parse} gives, and everything else goes through it. */
class TimestampsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-22T09:30:00+08:00",
                "2026-11-22T23:59:59-05:30",
                "2026-12-31T00:00:00Z",
                "2028-02-29T12:00:00+08:00",
                "1999-01-01T00:00:01+17:59",
                "2026-11-22T09:30+08:00",
                "2026-11-22T09:30:00.250+08:00",
                "2026-11-22t09:30:00+08:00",
                "2026-11-22T09:30:00+18:00"
            })
    void readsWhatOffsetDateTimeReads(String text) {
        assertThat(Timestamps.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-31T09:30:00+08:00",
                "2027-02-29T09:30:00+08:00",
                "2026-11-22T24:00:00+08:00",
                "2026-11-22T09:60:00+08:00",
                "2026-11-22T09:30:00+19:00",
                "2026-11-22 09:30:00+08:00",
                "2026-11-22T09:30:00",
                "yesterday",
                ""
            })
    void rejectsWhatOffsetDateTimeRejects(String text) {
        assertThatThrownBy(() -> OffsetDateTime.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Timestamps.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
