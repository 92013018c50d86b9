package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A figure corrected on its own ("不对 是8个") long after the sender's report: corrected in place while the meals of the
 * report are before their count deadline (trial 50: 警卫局's 4 for 8 could not be corrected 20 minutes later); past the
 * deadline the report is named and asked about, and "撤销" after that answer takes the report back.
 */
class CorrectionBeforeDeadlineTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference(), "2026-12-08");

    @Test
    void aDinnerFigureCorrectedTwentyMinutesLaterBeforeTheDeadlineIsCorrected() {
        f.say("jingwei", "14:20", "警卫组晚饭4个");

        String answer = f.answerTo("jingwei", "14:40", "不对 是8个 两批加起来8个");

        assertThat(answer).startsWith("已更正：").contains("改为报餐8人（原为报餐4人）");
        assertThat(f.diners(DAY, "DINNER", "jingwei")).isEqualTo(8);
    }

    @Test
    void aLunchFigureCorrectedAnHourLaterBeforeItsDeadlineIsCorrected() {
        f.say("jiangxi", "08:40", "江西中午3人");

        assertThat(f.answerTo("jiangxi", "09:45", "不对，是5人")).startsWith("已更正：");
        assertThat(f.diners(DAY, "LUNCH", "jiangxi")).isEqualTo(5);
    }

    @Test
    void aMealNamedInTheCorrectionCorrectsOnlyThatMealOfTheReport() {
        f.say("hunan", "08:30", "湖南中午晚上都5个");

        assertThat(f.answerTo("hunan", "10:30", "不对 晚饭是6个")).startsWith("已更正：");
        assertThat(f.diners(DAY, "DINNER", "hunan")).isEqualTo(6);
        assertThat(f.diners(DAY, "LUNCH", "hunan")).isEqualTo(5);
    }

    @Test
    void aCorrectionPastTheDeadlineNamesTheReportAndAnUndoAfterItTakesTheReportBack() {
        f.say("jingwei", "14:45", "警卫组晚饭4个");

        assertThat(f.answerTo("jingwei", "15:05", "不对 是8个")).startsWith("未更正：不能确定要更正哪条记录。您最近的一条是“警卫局");
        assertThat(f.diners(DAY, "DINNER", "jingwei")).isEqualTo(4);

        assertThat(f.answerTo("jingwei", "15:06", "撤销")).startsWith("您的上一条消息没有记录内容，撤销的是此前最近一条有记录的消息。\n已撤销：警卫局");
        assertThat(f.diners(DAY, "DINNER", "jingwei")).isEqualTo(8);
    }

    @Test
    void aCorrectionPastTheDeadlineButWithinTenMinutesOfTheReportIsStillCorrected() {
        f.say("hubei", "15:10", "湖北晚饭5人");

        assertThat(f.answerTo("hubei", "15:15", "不对 是6人")).startsWith("已更正：");
        assertThat(f.diners(DAY, "DINNER", "hubei")).isEqualTo(6);
    }

    @Test
    void aCorrectionFromSomeoneWithoutAReportChangesNoOtherTeamsFigure() {
        f.say("jingwei", "14:20", "警卫组晚饭4个");

        f.say("hubei", "14:40", "不对 是8个");

        assertThat(f.diners(DAY, "DINNER", "jingwei")).isEqualTo(4);
        assertThat(f.diners(DAY, "DINNER", "hubei")).isEqualTo(7);
    }

    @Test
    void anUndoAfterATalkAnswerStillTakesTheLastReportBack() {
        f.say("hubei", "13:00", "湖北晚饭5人");
        f.say("hubei", "13:30", "好的 辛苦了");

        assertThat(f.answerTo("hubei", "13:31", "撤销")).contains("已撤销：");
        assertThat(f.diners(DAY, "DINNER", "hubei")).isEqualTo(7);
    }
}
