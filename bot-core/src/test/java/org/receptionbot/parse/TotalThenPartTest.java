package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;

/**
 * The delegation's whole said first, then the smaller figure of those who move ({@link TotalThenPart}): the part is the
 * arrival's count. A second figure that is another team's, said after the whole's own movement, or of others (还有, 加)
 * leaves the whole's figure.
 */
class TotalThenPartTest {
    private static final ParserFixture CONFERENCE = ParserFixture.of(TestEvents.conference(), "2026-12-08T09:00");
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-18T09:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "liaoning|辽宁厅6人 今天到4个 CZ6347 晚上9点10到|4",
                "hunan|湖南厅一共7个人 今天先到5个 G421中午12点半到|5",
                "hebei|河北厅6人 其中4人坐G421下午3点到|4",
                "guangdong|广东厅8人 4人坐CZ3211下午4点05到|4",
                "yunnan|我们今天一共来6个人其中4个坐KY8257中午11点45到还有两个领导下午过来|4"
            })
    void thePartSaidAfterTheWholeIsTheArrivalsCount(String sender, String text, int part) {
        ParseOutcome read = CONFERENCE.read(text, sender);

        assertThat(read.records()).as(text).isNotEmpty();
        assertThat(read.records().get(0))
                .as(text)
                .isInstanceOfSatisfying(
                        Arrival.class, a -> assertThat(a.count()).isEqualTo(part));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "liaoning|辽宁30人全到了 4个在大堂等|30",
                "hubei|湖北团45人 下午3点到 其中2人明天到|45",
                "gansu|甘肃30人 下午3点到 住4个房间|30",
                "hunan|湖南35人下午到 还有2个晚上到|35",
                "hunan|湖南35人到了 4个去医院了|35"
            })
    void aSecondFigureOfOthersLeavesTheWhole(String sender, String text, int whole) {
        ParseOutcome read = SPORTS.read(text, sender);

        assertThat(read.records())
                .as(text)
                .filteredOn(Arrival.class::isInstance)
                .first()
                .isInstanceOfSatisfying(
                        Arrival.class, a -> assertThat(a.count()).isEqualTo(whole));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"xinjiang|新疆队47人 兵团25人 坐同一趟G1586 今天晚上8点到站"})
    void anotherTeamsFigureIsNoPart(String sender, String text) {
        ParseOutcome read = SPORTS.read(text, sender);

        assertThat(read.records())
                .as(text)
                .filteredOn(Arrival.class::isInstance)
                .noneMatch(r -> ((Arrival) r).count() == 25 && "xinjiang".equals(r.delegation()));
    }
}
