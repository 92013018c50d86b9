package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.PartOfDay;

/** A message that is only a time of day, read by the parser's readers of times and trains. */
class BareTimesTest {
    private static final BareTimes TIMES = new BareTimes(TestEvents.withPeople());
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private BareTime read(String text) {
        return TIMES.read(text, TODAY).orElseThrow(() -> new AssertionError("no bare time: " + text));
    }

    @Test
    void theClockThePartOfTheDayAndTheTrainAreTheParsers() {
        BareTime t = read("D2282 下午4点半");

        assertThat(t.hour()).isEqualTo(4);
        assertThat(t.minute()).isEqualTo(30);
        assertThat(t.part()).isEqualTo(PartOfDay.AFTERNOON);
        assertThat(t.transport()).isEqualTo("D2282");
        assertThat(t.at(null)).isEqualTo(LocalTime.of(16, 30));
    }

    @Test
    void anHourWithNoPartOfTheDayIsReadInTheOneAssumedElseOneToSixIsTheAfternoon() {
        assertThat(read("8点的车").at(PartOfDay.EVENING)).isEqualTo(LocalTime.of(20, 0));
        assertThat(read("8点的车").at(null)).isEqualTo(LocalTime.of(8, 0));
        assertThat(read("4点的车").at(null)).isEqualTo(LocalTime.of(16, 0));
        assertThat(read("上午10点的航班").at(PartOfDay.EVENING)).isEqualTo(LocalTime.of(10, 0));
        assertThat(read("16:00").at(PartOfDay.MORNING)).isEqualTo(LocalTime.of(16, 0));
    }

    @Test
    void aClockWithAColonOrAZeroMinuteIsReadAsInAReport() {
        assertThat(read("下午4:00的车").at(null)).isEqualTo(LocalTime.of(16, 0));
        assertThat(read("2:30的车").at(null)).isEqualTo(LocalTime.of(14, 30));
        assertThat(read("4点零五的车").at(PartOfDay.AFTERNOON)).isEqualTo(LocalTime.of(16, 5));
        assertThat(read("中午1点").at(null)).isEqualTo(LocalTime.of(13, 0));
    }

    @Test
    void theVerbSaysWhichWayThePeopleMove() {
        assertThat(read("下午4点到").heading()).isEqualTo(BareTime.Heading.ARRIVING);
        assertThat(read("下午4点出发").heading()).isEqualTo(BareTime.Heading.LEAVING);
        assertThat(read("是4点半的D2282").heading()).isEqualTo(BareTime.Heading.EITHER);
        assertThat(read("下午4点到").fits(false)).isFalse();
        assertThat(read("下午4点的车").fits(true)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"下午4点到3个人", "后天下午4点", "今晚8点的车", "湖南下午4点走", "晚饭30人", "下午走"})
    void aTimeWithMoreThanItsTrainAndVerbIsNoBareTime(String text) {
        assertThat(TIMES.read(text, TODAY)).isEmpty();
    }
}
