package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The thirty-sixth trial's packed breakfasts on the games sample, as a chat: athletes going out early with their
 * packed portions leave nothing of the event (any word order); the leavers' packed breakfast reaches the caterer
 * with no "没能看懂"; a departure with its ticket and home city after other statements is recorded beside them.
 */
class LeaversPackedMealsTest {
    private static final LocalDate TUESDAY = LocalDate.parse("2026-11-24");

    @ParameterizedTest
    @CsvSource({
        "hunan, 明早打包早餐10份 有10个运动员6点就走",
        "hubei, 明早打包早饭8份 有8个队员5点半就走",
        "yunnan, 有9个运动员明早6点就走 打包早餐9份",
        "sichuan, 明早打包早餐10份 有10个运动员一早就走",
        "jiangsu, 明早12份早餐打包 有12个运动员6点走",
        "hunan, 明天早上要打包10份早餐 有10个运动员6点就走"
    })
    void goingOutEarlyWithPackedPortionsLeavesNothing(String team, String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        Integer before = f.diners(TUESDAY, "BREAKFAST", team);

        String answer = f.answerTo(team, "2026-11-23T07:30", text);

        assertThat(answer).contains("【餐饮】").doesNotContain("离开").doesNotContain("离会");
        assertThat(f.diners(TUESDAY, "BREAKFAST", team)).isEqualTo(before);
        assertThat(f.cateringNotices()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({
        "fujian, 明早走的6个要打包早餐, 6",
        "hunan, 明天一早走的10个人要打包早饭, 10",
        "gansu, 明早要走的3个要打包早饭, 3",
        "sichuan, 明早先走的4个人要打包早点, 4",
        "fujian, 福建明早走的6个要打包早餐, 6"
    })
    void theLeaversPackedBreakfastReachesTheCatererWithNoQuestion(String team, String text, int people) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo(team, "2026-11-23T20:05", text);

        assertThat(answer).contains("离开 " + people + "人").contains("【餐饮】").doesNotContain("没能看懂");
        assertThat(f.cateringNotices()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "guizhou|贵州今天中午吃饭的人45个晚上的话可能回来晚一点但是都吃 明天早上有12个人5点半就走了坐G1234回贵阳 早饭打包12份|离开 12人，G1234",
                "hunan|湖南中午32晚上也32 明天早上有8个人6点走坐D656回长沙 早饭打包8份|离开 8人，D656",
                "henan|河南中午吃饭的30个 晚上都吃 明天早上6个人6点就走了 坐K1158回郑州 早饭打包6份|离开 6人，K1158",
                "hubei|湖北中午56晚上56 明天早上有5个人5点40走 坐G571回武汉 早饭打包5份|离开 5人，G571",
                "sichuan|四川今天晚饭40个 明天早上8个人6点走 去机场 早饭打包8份|离开 8人"
            })
    void aDepartureWithTicketAndHomeAfterMealsIsRecordedBesideThePacking(String team, String text, String left) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo(team, "2026-11-23T07:30", text);

        assertThat(answer).contains(left).contains("【餐饮】").doesNotContain("没能读出");
        assertThat(f.cateringNotices()).hasSize(1);
    }
}
