package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.record.Departure;
import org.receptionbot.record.IssueCategory;

/**
 * The thirty-second trial's readings, by the real parser on the bundled samples: a meal said again after 哦不对 wins
 * and the people gone that explain it leave nothing else; a whole team leaving before breakfast with it packed has
 * its breakfast counted and the packing filed; a reason beside a corrected figure asks nothing to be sent again;
 * people visiting a known patient open no issue, a drop-out for feeling unwell does.
 */
class TakeBacksPackingAndPatientsTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static ConversationFixture games() {
        return ConversationFixture.parsing(SampleEvents.games());
    }

    @Test
    void aMealSaidAgainAfterATakeBackWinsAndThePeopleGoneAreOnlyItsReason() {
        String[][] said = {
            {"jiangsu", "江苏中午34 晚上34 哦不对晚上32 有两个回南京了", "34", "32"},
            {"shandong", "山东中午41 晚上41 噢 是晚上39 两个回济南了", "41", "39"},
            {"hunan", "湖南中午35晚上35 哦不对晚饭33 有2个回长沙了", "35", "33"},
            {"yunnan", "云南中午55 晚上55 哦 不对 晚上是52 有三个回昆明了", "55", "52"},
        };
        for (String[] s : said) {
            ConversationFixture f = games();

            String answer = f.answerTo(s[0], "2026-11-23T09:00", s[1]);

            assertThat(answer).as(s[1]).doesNotContain("没能").doesNotContain("离开");
            assertThat(f.diners(MONDAY, "LUNCH", s[0])).as(s[1]).isEqualTo(Integer.parseInt(s[2]));
            assertThat(f.diners(MONDAY, "DINNER", s[0])).as(s[1]).isEqualTo(Integer.parseInt(s[3]));
            assertThat(f.ledger.activeMovements()).as(s[1]).isEmpty();
        }
    }

    @Test
    void aWholeTeamLeavingBeforeBreakfastWithItPackedHasItCountedAndThePackingFiled() {
        String[][] said = {
            {"chongqing", "2026-11-23T09:00", "重庆中午44晚上44 明天早上7点全团走 早饭打包", "44"},
            {"hunan", "2026-11-23T20:00", "湖南明天早上6点走 早饭打包带走", "35"},
            {"henan", "2026-11-23T20:00", "河南明天早上6点走 打包早餐", "39"},
            {"hubei", "2026-11-23T20:00", "湖北明天早上6点半全部撤 带早餐走", "60"},
        };
        for (String[] s : said) {
            ConversationFixture f = games();

            String answer = f.answerTo(s[0], s[1], s[2]);

            assertThat(answer).as(s[2]).contains("离开（全团）").contains("【餐饮】").doesNotContain("已离会");
            assertThat(f.diners(MONDAY.plusDays(1), "BREAKFAST", s[0])).as(s[2]).isEqualTo(Integer.parseInt(s[3]));
            assertThat(f.diners(MONDAY.plusDays(1), "LUNCH", s[0])).as(s[2]).isZero();
            assertThat(f.issue(1).issue().category()).isEqualTo(IssueCategory.MEAL);
            assertThat(f.issue(1).issue().text()).as(s[2]).containsAnyOf("打包", "带早餐走");
            assertThat(f.ledger.activeMovements()).singleElement().matches(e -> e.record() instanceof Departure);
        }
    }

    @Test
    void aPackedBreakfastOfATeamLeavingDuringItsServingStaysAsPlannedBesideThePacking() {
        ConversationFixture f = games();

        String answer = f.answerTo("hubei", "2026-11-23T16:00", "湖北明天8点全团走 早饭打包带走");

        assertThat(answer).contains("早餐 按原计划（60人）").contains("【餐饮】");
        assertThat(f.diners(MONDAY.plusDays(1), "BREAKFAST", "hubei")).isEqualTo(60);
    }

    @Test
    void aReasonBesideACorrectedFigureAsksNothingToBeSentAgain() {
        String[][] said = {
            {"jiangsu", "刚才按错了 中午是少3个 麻烦再记一下"},
            {"jiangsu", "不对 晚上是33个 有两个晚上有比赛"},
            {"fujian", "更正一下 中午是28个 有三个中午在赛场"},
            {"anhui", "不好意思 刚才填错了 明天早饭是27 麻烦改一下"},
            {"hunan", "湖南晚饭31 有四个晚上有比赛"},
        };
        for (String[] s : said) {
            ConversationFixture f = games();

            String answer = f.answerTo(s[0], "2026-11-23T09:00", s[1]);

            assertThat(answer).as(s[1]).startsWith("已记录：").doesNotContain("没能").doesNotContain("再发");
        }
    }

    @Test
    void peopleVisitingAKnownPatientOpenNoIssueAndANewInjuryDoes() {
        ConversationFixture f = games();
        f.answerTo("henan", "2026-11-23T09:00", "河南中午39人晚上少4个人 有4个去医院看那个崴脚的队员了");
        assertThat(f.core.issueBook.all()).isEmpty();
        assertThat(f.diners(MONDAY, "DINNER", "henan")).isEqualTo(35);

        f.answerTo("gansu", "2026-11-23T14:00", "甘肃晚饭27 有个小伙子抽筋了 送县医院了");
        assertThat(f.issue(1).issue().category()).isEqualTo(IssueCategory.HEALTH);
    }

    @Test
    void aVisitDropOutForFeelingUnwellOpensAHealthIssue() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        String answer = f.answerTo("beijing", "2026-12-09T14:30", "北京有一个人中途下车回酒店了 身体不太舒服");

        assertThat(answer).contains("问题#1 【医疗】");
        assertThat(f.issue(1).state()).isEqualTo(IssueTicket.State.OPEN);
    }
}
