package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;

/**
 * An arrival said with how it went (准点, 准时, 平安, 顺利 before 到达, 抵达, 落地) is said as done: today's arrival with its
 * figure and train; said as a wish, a plan or a doubt it is none, and arriving safely late in the event is home again.
 */
class ArrivedHowItWentTest {
    private static final ParserFixture FIRST_DAY = ParserFixture.of(TestEvents.reference(), "2026-11-18T14:50");
    private static final ParserFixture LAST_DAYS = ParserFixture.of(TestEvents.reference(), "2026-11-28T14:50");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "贵州50人G1118准点到达👏|guizhou|50|G1118",
                "我们D2236准时抵达 48人|sichuan|48|D2236",
                "兵团25人坐MU2325平安落地，已经上车了|bingtuan|25|MU2325",
                "宁夏队31人顺利抵达 正在等行李|ningxia|31|-",
                "山西28人 K1158正点到站|shanxi|28|K1158"
            })
    void anArrivalSaidByHowItWentIsTodays(String text, String team, int count, String transport) {
        var read = FIRST_DAY.read(text, team);

        assertThat(read.records())
                .as(text)
                .containsExactly(new Arrival(team, LocalDate.of(2026, 11, 18), null, count, transport));
    }

    @ParameterizedTest
    @ValueSource(strings = {"祝贵州代表团平安到达", "希望兵团25人平安落地", "贵州50人争取准点到达", "G1118能准点到达吗", "贵州50人G1118预计准点到达", "一路平安到达"})
    void aWishPlanOrDoubtIsNoArrivalSaidDone(String text) {
        var read = FIRST_DAY.read(text, "guizhou");

        assertThat(read.records()).as(text).noneMatch(Arrival.class::isInstance);
    }

    @ParameterizedTest
    @ValueSource(strings = {"贵州50人平安落地 谢谢大家", "贵州已经平安落地贵阳"})
    void arrivingSafelyLateInTheEventIsHomeAgain(String text) {
        var read = LAST_DAYS.read(text, "guizhou");

        assertThat(read.records()).as(text).noneMatch(Arrival.class::isInstance);
    }
}
