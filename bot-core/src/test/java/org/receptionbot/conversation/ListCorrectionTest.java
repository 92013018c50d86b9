package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Teams' figures corrected after a 接龙 with no meal said are each recorded for the serving of the chat's last 接龙
 * (trial 49: "刚才接龙里天津是28 上海是25 河北36 我看错了" asked the meal quoting one team and recorded only 上海).
 */
class ListCorrectionTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final String LUNCH_LIST = "午餐接龙\n天津35\n河北40\n山西不回来\n内蒙古36\n辽宁按计划\n吉林30 少2个去赛场\n上海41";
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");

    @Test
    void eachTeamCorrectedAfterTheListIsRecordedForTheListsMeal() {
        f.say("tian", "07:00", LUNCH_LIST);

        String answer = f.answerTo("tian", "07:02", "刚才接龙里天津是28 上海是25 河北36 我看错了");

        assertThat(answer).startsWith("已记录：").doesNotContain("请问是哪一餐");
        assertThat(f.diners(DAY, "LUNCH", "tianjin")).isEqualTo(28);
        assertThat(f.diners(DAY, "LUNCH", "shanghai")).isEqualTo(25);
        assertThat(f.diners(DAY, "LUNCH", "hebei")).isEqualTo(36);
        assertThat(f.diners(DAY, "LUNCH", "neimenggu")).isEqualTo(36);
        assertThat(f.diners(DAY, "DINNER", "tianjin")).isEqualTo(30);
    }

    @Test
    void otherTeamsAndWordsOfADinnerList() {
        f.say("tian", "09:00", "晚饭接龙\n湖南33\n贵州45\n四川38");

        f.say("tian", "09:05", "接龙上湖南应该是34 四川36个 抄错了");

        assertThat(f.diners(DAY, "DINNER", "hunan")).isEqualTo(34);
        assertThat(f.diners(DAY, "DINNER", "sichuan")).isEqualTo(36);
        assertThat(f.diners(DAY, "DINNER", "guizhou")).isEqualTo(45);
        assertThat(f.diners(DAY, "LUNCH", "hunan")).isEqualTo(35);
    }

    @Test
    void aListOfTomorrowsLunchIsCorrectedOnTomorrow() {
        f.say("tian", "20:00", "明天午餐接龙\n福建30\n江西25\n山东40");

        f.say("tian", "20:10", "不对 福建是31 江西26 我看错了");

        assertThat(f.diners(DAY.plusDays(1), "LUNCH", "fujian")).isEqualTo(31);
        assertThat(f.diners(DAY.plusDays(1), "LUNCH", "jiangxi")).isEqualTo(26);
        assertThat(f.diners(DAY.plusDays(1), "LUNCH", "shandong")).isEqualTo(40);
        assertThat(f.diners(DAY, "LUNCH", "fujian")).isEqualTo(32);
    }

    @Test
    void aTeamNotOnTheListIsNotTakenForIt() {
        f.say("tian", "07:00", LUNCH_LIST);

        f.say("tian", "07:02", "刚才接龙里湖南是28 我看错了");

        assertThat(f.diners(DAY, "LUNCH", "hunan")).isEqualTo(35);
        assertThat(f.diners(DAY, "LUNCH", "tianjin")).isEqualTo(35);
    }

    @Test
    void figuresWithNoWordOfAListOrAMistakeAreLeftToTheParser() {
        f.say("tian", "07:00", LUNCH_LIST);

        f.say("tian", "07:02", "天津28 上海25");

        assertThat(f.diners(DAY, "LUNCH", "tianjin")).isEqualTo(35);
    }

    @Test
    void withNoListBeforeTheMealIsAsked() {
        f.say("tian", "07:00", "天津午饭35");

        assertThat(f.answerTo("tian", "07:02", "不对 天津是28 上海是25 我看错了")).doesNotStartWith("已记录：天津");
        assertThat(f.diners(DAY, "LUNCH", "shanghai")).isEqualTo(26);
    }

    @Test
    void aRoomOrBusNumberAfterATeamIsNoFigure() {
        f.say("tian", "07:00", LUNCH_LIST);

        f.say("tian", "07:02", "接龙里天津是1206房 上海3号车 弄错了");

        assertThat(f.diners(DAY, "LUNCH", "tianjin")).isEqualTo(35);
        assertThat(f.diners(DAY, "LUNCH", "shanghai")).isEqualTo(41);
    }
}
