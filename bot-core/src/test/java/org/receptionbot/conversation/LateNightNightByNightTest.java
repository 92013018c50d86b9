package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 宵夜 is ordered night by night (trial 45: "留饭改成宵夜吧 55份" showed 55 on every later night, "按上次所报"): a night a
 * delegation does not report counts 0 on the boards and is not chased, while the three meals keep counting a silent
 * delegation at its people there.
 */
class LateNightNightByNightTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

    @ParameterizedTest
    @CsvSource({
        "hunan, 今晚宵夜20人, 湖南省代表团, 20",
        "yunnan, 宵夜55份, 云南省代表团, 55",
        "hubei, 晚上要宵夜 30个, 湖北省代表团, 30",
        "guizhou, 今天夜宵报12人, 贵州省代表团, 12"
    })
    void aNightsOrderCountsThatNightOnly(String sender, String text, String name, int figure) {
        f.say(sender, "2026-11-23T17:00", text);

        assertThat(f.diners(MONDAY, "LATE_NIGHT", sender)).isEqualTo(figure);
        assertThat(f.diners(TUESDAY, "LATE_NIGHT", sender)).isZero();
        assertThat(f.diners(WEDNESDAY, "LATE_NIGHT", sender)).isZero();
        String board = f.answerTo("tian", "2026-11-24T20:00", "查看宵夜");
        assertThat(board)
                .contains("宵夜按需报送：只计当天所报人数，当天未报的代表团按0人计，此前所报不顺延。")
                .doesNotContain(name + " " + figure + "人", "按上次所报", "未报餐");
    }

    @Test
    void anAdditionOnANightWithNoOrderStartsFromZero() {
        f.say("hunan", "2026-11-23T17:00", "今晚宵夜20人");

        assertThat(f.answerTo("hunan", "2026-11-24T17:00", "宵夜加2人")).contains("（0人→2人，当天未报宵夜，按0人加2人）");
        assertThat(f.diners(TUESDAY, "LATE_NIGHT", "hunan")).isEqualTo(2);
        assertThat(f.diners(MONDAY, "LATE_NIGHT", "hunan")).isEqualTo(20);
    }

    @Test
    void theThreeMealsStillCountASilentDelegationAtItsPeopleThere() {
        f.say("hunan", "2026-11-23T09:00", "今天晚饭20人");
        int planned = f.diners(WEDNESDAY, "DINNER", "hunan");

        assertThat(f.diners(MONDAY, "DINNER", "hunan")).isEqualTo(20);
        assertThat(planned).isGreaterThan(20);
        assertThat(f.diners(TUESDAY, "DINNER", "hunan")).isEqualTo(planned);
    }
}
