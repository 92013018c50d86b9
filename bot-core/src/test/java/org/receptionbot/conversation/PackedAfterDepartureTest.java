package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Reply;

/**
 * The thirty-fourth trial's packed breakfasts, fed as a chat on the games sample: a breakfast said packed, not
 * skipped, after the departure that cancelled it is the departure day's breakfast, restored for the whole team and
 * told to the caterer; portions packed beside a whole day away reach the caterer too.
 */
class PackedAfterDepartureTest {
    private static final LocalDate MONDAY = LocalDate.parse("2026-11-23");
    private static final ChatRef CATERER = new ChatRef("sandbox", "caterer");
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

    private void cateredOnce(String words) {
        assertThat(f.outbox.sentTo(CATERER))
                .extracting(Reply::text)
                .filteredOn(t -> t.startsWith("【餐饮需求】"))
                .singleElement()
                .satisfies(t -> assertThat(t).contains(words));
    }

    @Test
    void breakfastSaidPackedNotSkippedAfterADawnDepartureIsTheDepartureDaysAndReachesTheCaterer() {
        f.answerTo("gansu", "2026-11-23T08:00", "甘肃明天早上6点半全团走 坐大巴去机场 早饭不吃了");
        assertThat(f.diners(MONDAY.plusDays(1), "BREAKFAST", "gansu")).isZero();

        String answer = f.answerTo("gansu", "2026-11-23T08:02", "早饭不是不吃 是要打包带走");

        assertThat(answer).doesNotContain("已开餐").contains("11月24日");
        assertThat(f.diners(MONDAY.plusDays(1), "BREAKFAST", "gansu")).isEqualTo(29);
        cateredOnce("打包");
    }

    @Test
    void theSameCorrectionInOtherWordsOrWithTheDayAndPortionsSaidIsTheDepartureDaysToo() {
        String[][] said = {
            {"xizang", "西藏明天早上5点40全队走 30人 早饭不吃", "不好意思 早饭不是不吃 是打包带走", "30"},
            {"gansu", "甘肃明天早上6点半全团走 早饭不吃了", "明天早饭不是不吃 是要打包带走 29份", "29"},
            {"hunan", "湖南明早6点全团走 坐大巴去高铁站 早饭不吃了", "哦 早饭是要打包带走 不是不吃", "35"},
        };
        for (String[] s : said) {
            ConversationFixture c = ConversationFixture.parsing(SampleEvents.games());
            c.say(s[0], "2026-11-23T08:00", s[1]);

            String answer = c.answerTo(s[0], "2026-11-23T08:03", s[2]);

            assertThat(answer).as(s[2]).doesNotContain("已开餐").contains("【餐饮】");
            assertThat(c.diners(MONDAY.plusDays(1), "BREAKFAST", s[0])).as(s[2]).isEqualTo(Integer.parseInt(s[3]));
            assertThat(c.outbox.sentTo(CATERER))
                    .as(s[2])
                    .extracting(Reply::text)
                    .filteredOn(t -> t.startsWith("【餐饮需求】"))
                    .hasSize(1);
        }
    }

    @Test
    void onTheConferenceABreakfastSaidPackedAfterADawnDepartureIsCountedForTheTeam() {
        ConversationFixture c = ConversationFixture.parsing(SampleEvents.conference());
        c.say("chongqing", "2026-12-09T13:40", "重庆明早6点全团坐大巴去机场 早饭不吃了");

        String answer = c.answerTo("chongqing", "2026-12-09T13:45", "哦 早饭是要打包带走 不是不吃");

        assertThat(answer).doesNotContain("按0人计").contains("【餐饮】");
        assertThat(c.diners(LocalDate.parse("2026-12-10"), "BREAKFAST", "chongqing"))
                .isEqualTo(5);
    }

    @Test
    void aDayEatenAwayWithItsBreakfastPackedTellsTheCaterer() {
        String answer = f.answerTo("bingtuan", "2026-11-23T08:00", "兵团明天全天在外比赛 三餐都不在酒店吃 早上打包25份带走");

        assertThat(answer).contains("早餐 报餐25人").contains("【餐饮】");
        assertThat(f.diners(MONDAY.plusDays(1), "LUNCH", "bingtuan")).isZero();
        cateredOnce("早上打包25份带走");
    }
}
