package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The thirty-fourth trial's packed breakfasts, fed as a chat on the games sample: a breakfast said packed, not
 * skipped, after the departure that cancelled it is the departure day's breakfast, restored for the whole team and
 * told to the caterer; portions packed beside a whole day away reach the caterer too.
 */
class PackedAfterDepartureTest {
    private static final String DAY = "2026-11-23";
    private static final LocalDate TUESDAY = LocalDate.parse(DAY).plusDays(1);
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), DAY);

    @Test
    void breakfastSaidPackedNotSkippedAfterADawnDepartureIsTheDepartureDaysAndReachesTheCaterer() {
        f.answerTo("gansu", "08:00", "甘肃明天早上6点半全团走 坐大巴去机场 早饭不吃了");
        assertThat(f.diners(TUESDAY, "BREAKFAST", "gansu")).isZero();

        String answer = f.answerTo("gansu", "08:02", "早饭不是不吃 是要打包带走");

        assertThat(answer).doesNotContain("已开餐").contains("11月24日");
        assertThat(f.diners(TUESDAY, "BREAKFAST", "gansu")).isEqualTo(29);
        assertThat(f.cateringNotices())
                .singleElement()
                .satisfies(t -> assertThat(t).contains("打包"));
    }

    @Test
    void theSameCorrectionInOtherWordsOrWithTheDayAndPortionsSaidIsTheDepartureDaysToo() {
        String[][] said = {
            {"xizang", "西藏明天早上5点40全队走 30人 早饭不吃", "不好意思 早饭不是不吃 是打包带走", "30"},
            {"gansu", "甘肃明天早上6点半全团走 早饭不吃了", "明天早饭不是不吃 是要打包带走 29份", "29"},
            {"hunan", "湖南明早6点全团走 坐大巴去高铁站 早饭不吃了", "哦 早饭是要打包带走 不是不吃", "35"},
        };
        for (String[] s : said) {
            ConversationFixture c = ConversationFixture.parsing(SampleEvents.games(), DAY);
            c.say(s[0], "08:00", s[1]);

            String answer = c.answerTo(s[0], "08:03", s[2]);

            assertThat(answer).as(s[2]).doesNotContain("已开餐").contains("【餐饮】");
            assertThat(c.diners(TUESDAY, "BREAKFAST", s[0])).as(s[2]).isEqualTo(Integer.parseInt(s[3]));
            assertThat(c.cateringNotices()).as(s[2]).hasSize(1);
        }
    }

    @Test
    void onTheConferenceABreakfastSaidPackedAfterADawnDepartureIsCountedForTheTeam() {
        ConversationFixture c = ConversationFixture.parsing(SampleEvents.conference(), "2026-12-09");
        c.say("chongqing", "13:40", "重庆明早6点全团坐大巴去机场 早饭不吃了");

        String answer = c.answerTo("chongqing", "13:45", "哦 早饭是要打包带走 不是不吃");

        assertThat(answer).doesNotContain("按0人计").contains("【餐饮】");
        assertThat(c.diners(LocalDate.parse("2026-12-10"), "BREAKFAST", "chongqing"))
                .isEqualTo(5);
    }

    @Test
    void aDayEatenAwayWithItsBreakfastPackedTellsTheCaterer() {
        String answer = f.answerTo("bingtuan", "08:00", "兵团明天全天在外比赛 三餐都不在酒店吃 早上打包25份带走");

        assertThat(answer).contains("早餐 报餐25人").contains("【餐饮】");
        assertThat(f.diners(TUESDAY, "LUNCH", "bingtuan")).isZero();
        assertThat(f.cateringNotices())
                .singleElement()
                .satisfies(t -> assertThat(t).contains("早上打包25份带走"));
    }
}
