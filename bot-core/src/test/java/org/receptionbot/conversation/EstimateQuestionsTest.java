package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A meal's figure given as an estimate is not recorded and leaves a question open for that meal, which the sender's
 * bare figure answers: alone in a message, beside doubts about it, or beside another meal's recorded figure; read by
 * the real parser. A delegation given as an answer may end with a particle ("云南的").
 */
class EstimateQuestionsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    /** A fresh games chat in which {@code sender}'s {@code text} at 07:10 is answered as an estimate. */
    private static ConversationFixture askedAsEstimate(String sender, String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        assertThat(f.soleAnswerTo(sender, "07:10", text))
                .as(text)
                .contains("是估计数")
                .doesNotContain("没能看懂");
        return f;
    }

    @Test
    void aBareFigureAnswersAnEstimateSaidAlone() {
        for (String[] said : new String[][] {
            {"fujian", "福建中午二十来个吧 还在比赛", "28个", "LUNCH", "28"},
            {"jilin", "吉林晚上四十个左右吧 还有几个在比赛 不确定", "40", "DINNER", "40"},
            {"hubei", "湖北晚饭五十来个 还没统计完", "52人", "DINNER", "52"},
            {"hebei", "河北中午三十多个吧", "嗯 33个", "LUNCH", "33"},
            {"sichuan", "四川今晚四十个左右吧 还有人在赛场", "41", "DINNER", "41"}
        }) {
            ConversationFixture f = askedAsEstimate(said[0], said[1]);

            assertThat(f.soleAnswerTo(said[0], "07:11", said[2]))
                    .as(said[1])
                    .contains("报餐" + said[4] + "人")
                    .doesNotContain("没能看懂");
            assertThat(f.diners(DAY, said[3], said[0])).as(said[1]).isEqualTo(Integer.parseInt(said[4]));
        }
    }

    @Test
    void aBareFigureAnswersAnEstimateBesideARecordedMeal() {
        for (String[] said : new String[][] {
            {"hunan", "湖南中午30 晚上大概35个左右", "35", "DINNER", "35"},
            {"guizhou", "贵州中午48个 晚上估计40个左右", "42个", "DINNER", "42"}
        }) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
            assertThat(f.soleAnswerTo(said[0], "07:10", said[1])).as(said[1]).contains("是估计数");

            assertThat(f.soleAnswerTo(said[0], "07:11", said[2]))
                    .as(said[1])
                    .contains("报餐" + said[4] + "人")
                    .doesNotContain("没能看懂");
            assertThat(f.diners(DAY, said[3], said[0])).as(said[1]).isEqualTo(Integer.parseInt(said[4]));
        }
    }

    @Test
    void aDelegationAnswerMayEndWithAParticle() {
        for (String answer : new String[] {"云南的", "云南吧", "云南的。"}) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
            assertThat(f.soleAnswerTo("tian", "07:10", "晚饭少3人")).contains("请问是哪个代表团");

            assertThat(f.soleAnswerTo("tian", "07:11", answer))
                    .as(answer)
                    .contains("云南")
                    .doesNotContain("没有找到");
        }
    }

    @Test
    void aMealLikenedToTheLastReportTakesItsFigure() {
        for (String[] said : new String[][] {
            {"sichuan", "四川午饭30个人 啊不是 32个", "晚饭同上", "DINNER", "32"},
            {"hubei", "湖北中午56", "晚上同上", "DINNER", "56"},
            {"hebei", "河北晚饭36个", "明天早饭同上", "BREAKFAST", "36"},
            {"gansu", "甘肃中午29", "晚饭跟上面一样", "DINNER", "29"},
            {"jiangxi", "江西晚上27个", "明天午饭和刚才的一样", "LUNCH", "27"}
        }) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
            f.soleAnswerTo(said[0], "07:10", said[1]);

            assertThat(f.soleAnswerTo(said[0], "07:12", said[2]))
                    .as(said[2])
                    .contains("报餐" + said[4] + "人")
                    .doesNotContainPattern("请问.{0,6}(?:多少人|几人)");
            LocalDate day = said[2].startsWith("明天") ? DAY.plusDays(1) : DAY;
            assertThat(f.diners(day, said[3], said[0])).as(said[2]).isEqualTo(Integer.parseInt(said[4]));
        }
    }

    @Test
    void aMealLikenedToAnOldReportIsStillAsked() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.soleAnswerTo("sichuan", "07:10", "四川午饭32个");

        assertThat(f.soleAnswerTo("sichuan", "09:10", "晚饭同上")).contains("请问晚餐用餐的是多少人？");
    }

    @Test
    void anEstimateWithAStillCountingRemarkIsAskedAndTheBareFigureAnswersIt() {
        for (String[] said : new String[][] {
            {"hubei", "湖北晚饭大概五十个 还没统计完", "52", "DINNER", "52"},
            {"sichuan", "四川今晚差不多四十个左右 有几个没定", "41", "DINNER", "41"},
            {"gansu", "甘肃晚饭可能三十个 还在统计", "31个", "DINNER", "31"},
            {"shandong", "山东午饭约莫三十个 还在统计", "30人", "LUNCH", "30"},
            {"zhejiang", "浙江晚饭四十来个 待定", "43", "DINNER", "43"}
        }) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
            assertThat(f.soleAnswerTo(said[0], "07:10", said[1]))
                    .as(said[1])
                    .contains("是估计数")
                    .doesNotContain("已记录")
                    .doesNotContain("没能看懂");

            assertThat(f.soleAnswerTo(said[0], "07:11", said[2])).as(said[1]).contains("报餐" + said[4] + "人");
            assertThat(f.diners(DAY, said[3], said[0])).as(said[1]).isEqualTo(Integer.parseInt(said[4]));
        }
    }

    @Test
    void aChangeSaidRoughlyLeavesAQuestionTheBareFigureAnswers() {
        for (String[] said : new String[][] {
            {"hunan", "晚饭大概少二十个", "20", "DINNER", "15"},
            {"hebei", "中午估计少十来个", "10", "LUNCH", "26"},
            {"hunan", "湖南中午30 晚上估计少十来个", "10", "DINNER", "25"},
            {"hubei", "湖北晚饭大约减少15人 还在统计", "15", "DINNER", "45"},
            {"hunan", "晚上大概多5个", "5个", "DINNER", "40"}
        }) {
            ConversationFixture f = askedAsEstimate(said[0], said[1]);

            assertThat(f.soleAnswerTo(said[0], "07:11", said[2]))
                    .as(said[1])
                    .containsAnyOf("减少" + said[2].replace("个", "") + "人", "增加" + said[2].replace("个", "") + "人");
            assertThat(f.diners(DAY, said[3], said[0])).as(said[1]).isEqualTo(Integer.parseInt(said[4]));
        }
    }

    @Test
    void severalEstimatesBesideARecordedFigureAreAllNamedAndAnsweredInTurn() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        assertThat(f.soleAnswerTo("hunan", "07:10", "湖南中午30 晚饭大概少十几个 宵夜二十来个"))
                .contains("报餐30人")
                .contains("“十几个”“二十来个”是估计数")
                .contains("“晚饭大概少十几个”“宵夜二十来个”");

        assertThat(f.soleAnswerTo("hunan", "07:11", "12个")).contains("减少12人").contains("“宵夜二十来个”");
        assertThat(f.soleAnswerTo("hunan", "07:12", "20")).contains("报餐20人");
        assertThat(f.diners(DAY, "DINNER", "hunan")).isEqualTo(23);
        assertThat(f.diners(DAY, "LATE_NIGHT", "hunan")).isEqualTo(20);
    }

    @Test
    void severalEstimatesAreAnsweredInTheOrderSaid() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        assertThat(f.soleAnswerTo("hunan", "07:10", "湖南早饭30 中午大概三十个 晚上估计少十来个")).contains("“中午大概三十个”“晚上估计少十来个”");

        f.soleAnswerTo("hunan", "07:11", "30");
        f.soleAnswerTo("hunan", "07:12", "10");
        assertThat(f.diners(DAY, "LUNCH", "hunan")).isEqualTo(30);
        assertThat(f.diners(DAY, "DINNER", "hunan")).isEqualTo(25);
    }
}
