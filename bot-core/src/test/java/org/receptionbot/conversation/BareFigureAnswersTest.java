package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The bot's open question for a figure takes the sender's bare figure as its answer, with the words said around it
 * ("不对 是26个", "25个 都吃"), and stays open past a reply it could not read; read by the real parser.
 */
class BareFigureAnswersTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Test
    void anEstimateQuestionTakesAFigureSaidWithFillers() {
        for (String[] said : new String[][] {
            {"不对 是26个", "26"},
            {"26个 都吃", "26"},
            {"嗯 26人吧", "26"},
            {"好的 二十六个", "26"},
            {"一共26个 都在", "26"}
        }) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
            assertThat(f.soleAnswerTo("fujian", "07:10", "福建的中午饭二十五六个吧 还有几个在比赛"))
                    .contains("是估计数");

            assertThat(f.soleAnswerTo("fujian", "07:11", said[0]))
                    .as(said[0])
                    .contains("午餐 报餐" + said[1] + "人")
                    .doesNotContain("没能看懂");
            assertThat(f.diners(DAY, "LUNCH", "fujian")).as(said[0]).isEqualTo(Integer.parseInt(said[1]));
        }
    }

    @Test
    void aHowManyQuestionTakesTheFigureWithWhatTheyEat() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        assertThat(f.soleAnswerTo("bingtuan", "07:12", "兵团午饭和昨天一样")).contains("请问午餐用餐的是多少人？");

        assertThat(f.soleAnswerTo("bingtuan", "07:12", "25个 都吃")).contains("午餐 报餐25人");
        assertThat(f.diners(DAY, "LUNCH", "bingtuan")).isEqualTo(25);
    }

    @Test
    void theQuestionStaysOpenPastAReplyItCouldNotRead() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.soleAnswerTo("bingtuan", "07:12", "兵团午饭和昨天一样");
        f.answerOrNull("bingtuan", "2026-11-23T07:12", "这个我再问问");

        assertThat(f.soleAnswerTo("bingtuan", "07:13", "25")).contains("午餐 报餐25人");
        assertThat(f.diners(DAY, "LUNCH", "bingtuan")).isEqualTo(25);
    }

    @Test
    void aReportOfItsOwnClosesTheQuestion() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.soleAnswerTo("bingtuan", "07:12", "兵团午饭和昨天一样");
        assertThat(f.soleAnswerTo("bingtuan", "07:12", "兵团晚饭20个")).contains("晚餐 报餐20人");

        assertThat(f.answerOrNull("bingtuan", "2026-11-23T07:13", "25")).doesNotContain("午餐 报餐25人");
    }
}
