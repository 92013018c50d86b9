package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Trial 61 C29: a few leavers recorded for a part of the day ("我们有1个人明天上午就先走了"), said again as they go with
 * their hour ("江苏刚才走了1个 9点的高铁"), are that departure, given its hour (or confirmed gone): no second leaver, no meals cut twice, no
 * route asked again. People said as more (又, 另外, 还有), another count, or an hour outside the part of the day are
 * another departure.
 */
class LeaverRestatedTest {
    private static final LocalDate DAY = LocalDate.parse("2026-12-09");

    private static ConversationFixture afterTheLeaver() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        f.say("jiangsu", "2026-12-08T15:00", "我们有1个人明天上午就先走了 不去考察了");
        return f;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "江苏刚才走了1个 9点的高铁 其他人照常|09:00",
                "那1个人9点半的高铁 已经去车站了|",
                "江苏先走的1个是10点的车|10:00",
            })
    void theLeaverSaidAgainWithAnHourIsTheSameDeparture(String again, String hour) {
        ConversationFixture f = afterTheLeaver();
        int lunch = f.diners(DAY, "LUNCH", "jiangsu");

        String answer = f.answerTo("jiangsu", "2026-12-09T07:30", again);

        assertThat(answer).doesNotContain("考察线路").doesNotContain("1人离会");
        assertThat(f.movementsOf("jiangsu")).singleElement().satisfies(m -> {
            assertThat(m.date()).isEqualTo(DAY);
            assertThat(m.count()).isEqualTo(1);
            if (hour != null) assertThat(m.time()).isEqualTo(LocalTime.parse(hour));
        });
        assertThat(f.diners(DAY, "LUNCH", "jiangsu")).isEqualTo(lunch);
    }

    @ParameterizedTest
    @ValueSource(strings = {"江苏又走了1个 9点的高铁", "江苏另外还有1个下午3点走", "江苏刚才走了2个 9点的高铁"})
    void moreLeaversOrAnotherCountOrHourAreAnotherDeparture(String text) {
        ConversationFixture f = afterTheLeaver();

        f.say("jiangsu", "2026-12-09T07:30", text);

        assertThat(f.movementsOf("jiangsu")).hasSizeGreaterThan(1);
    }
}
