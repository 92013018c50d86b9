package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trial 55: people a departure's cancellation already took off a meal, said again as not eating it when the departure
 * moves ("先走的那4个改签到晚上8点了 晚饭还是不吃"), are not taken off a second time (25 → 21 was seen); other people not
 * eating still are.
 */
class LeaversSaidAgainTest {
    private static final LocalDate DAY = LocalDate.parse("2026-11-23");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "福建今天下午有4个人先回福州 5点的飞机 晚饭少4个|先走的那4个改签到晚上8点了 晚饭还是不吃|4",
                "福建今天下午有4个人先回福州 5点的飞机 晚饭少4个|那4个人改到晚上9点的飞机了 晚饭不吃|4",
                "福建下午6个人先走 4点的高铁 晚饭少6个|先走的6个改签到晚上8点半了 晚饭还是不吃|6",
            })
    void leaversOffDinnerAreNotTakenOffAgain(String first, String moved, int leaving) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.answerTo("fujian", "13:50", first);
        assertThat(f.diners(DAY, "DINNER", "fujian")).isEqualTo(32 - leaving);

        String answer = f.answerTo("fujian", "15:30", moved);

        assertThat(answer).contains("离开 " + leaving + "人").doesNotContain((32 - 2 * leaving) + "人");
        assertThat(f.diners(DAY, "DINNER", "fujian")).isEqualTo(32 - leaving);
        assertThat(f.movementsOf("fujian")).hasSize(1);
    }

    @Test
    void aFigureReportedBeforeIsCutOnceThroughTheMove() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.answerTo("fujian", "09:00", "福建晚饭25个");
        f.answerTo("fujian", "13:50", "福建今天下午有4个人先回福州 5点的飞机 晚饭少4个");

        String answer = f.answerTo("fujian", "15:30", "先走的那4个改签到晚上8点了 晚饭还是不吃");

        assertThat(answer).contains("这4人已扣除，仍为21人").doesNotContain("21人→17人");
        assertThat(f.diners(DAY, "DINNER", "fujian")).isEqualTo(21);
    }

    @Test
    void otherPeopleNotEatingAreStillTakenOff() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.answerTo("fujian", "13:50", "福建今天下午有4个人先回福州 5点的飞机 晚饭少4个");

        f.answerTo("fujian", "15:30", "福建晚饭再少2个");

        assertThat(f.diners(DAY, "DINNER", "fujian")).isEqualTo(26);
    }
}
