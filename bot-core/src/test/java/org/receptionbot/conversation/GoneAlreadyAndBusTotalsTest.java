package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.record.Departure;

/**
 * The thirty-third trial's findings about answers and commands, by the real parser on the bundled samples: people
 * gone already beside meal figures are not said to be counted; a 同车 total counts every delegation on the bus; /help
 * names visits only for an event with routes; /bind from another delegation's liaison says so; a late notice tells
 * only of meals whose deadline has passed.
 */
class GoneAlreadyAndBusTotalsTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static ConversationFixture games() {
        return ConversationFixture.parsing(SampleEvents.games());
    }

    @Test
    void peopleGoneAlreadyBesideMealFiguresLeftAtTheReportAndTheAnswerDoesNotCountThemForToday() {
        String[][] said = {
            {"yunnan", "云南中午55 晚上53个，两个回昆明了", "55", "53"},
            {"guangxi", "广西中午52 晚上50 有两个已经回南宁了", "52", "50"},
            {"hubei", "湖北午饭58 晚饭57 有3个回武汉了", "58", "57"},
        };
        for (String[] s : said) {
            ConversationFixture f = games();

            String answer = f.answerTo(s[0], "2026-11-23T08:05", s[1]);

            assertThat(answer).as(s[1]).doesNotContain("在场计").doesNotContain("请告知离开时间");
            assertThat(f.diners(MONDAY, "LUNCH", s[0])).as(s[1]).isEqualTo(Integer.parseInt(s[2]));
            assertThat(f.diners(MONDAY, "DINNER", s[0])).as(s[1]).isEqualTo(Integer.parseInt(s[3]));
            assertThat(f.ledger.activeMovements())
                    .as(s[1])
                    .allMatch(e -> !(e.record() instanceof Departure d)
                            || LocalTime.of(8, 5).equals(d.time()));
        }
    }

    @Test
    void theSameBusTotalOfAThirdDelegationsCountAddsEveryDelegationAlreadyCountedOnIt() {
        ConversationFixture f = games();
        f.say("hunan", "2026-11-23T08:05", "3号车实到32人 还有3个自己打车去赛场");
        f.say("qinghai", "2026-11-23T08:10", "3号车实到27人");
        f.say("qinghai", "2026-11-23T08:11", "嗯 同车的");

        String asked = f.answerTo("guangxi", "2026-11-23T10:40", "3号车实到35人");

        assertThat(asked).contains("（3号车合计94人）").doesNotContain("合计67人");
    }

    @Test
    void helpNamesTheSiteVisitCommandOnlyForAnEventWithRoutesAndWithItsOwnRoute() {
        String games = games().answerTo("beijing", "2026-11-23T09:00", "/help");
        ConversationFixture conference = ConversationFixture.parsing(SampleEvents.conference());
        String route = SampleEvents.conference().visits().get(0).name();
        String visits = conference.answerTo("beijing", "2026-11-23T09:00", "/help");

        assertThat(games).startsWith("接待保障助手 使用说明").doesNotContain("/visits").doesNotContain("考察名单");
        assertThat(visits).contains("/visits " + route + " — 考察名单").contains(route + "名单");
    }

    @Test
    void bindFromAnotherDelegationsLiaisonSaysWhichDelegationTheyAlreadySpeakFor() {
        ConversationFixture f = games();

        String listed = f.answerTo("guizhou", "2026-11-24T06:40", "/bind 湖南");
        f.say("stranger", "2026-11-24T06:41", "/bind 湖南");
        f.say("tian", "2026-11-24T06:42", "确认");
        String bound = f.answerTo("stranger", "2026-11-24T06:43", "/bind 湖北");

        assertThat(listed).startsWith("您是活动配置中登记的贵州省代表团联络员，不能再绑定为湖南省代表团联络员。");
        assertThat(f.lastTo(COORDINATORS).text()).contains("（现为湖南省代表团联络员，确认后改为湖北省代表团）申请绑定为湖北省代表团联络员");
        assertThat(bound).contains("您现在绑定的是湖南省代表团，确认后改为湖北省代表团联络员。");
    }

    @Test
    void aLateNoticeTellsOnlyOfTheMealsWhoseDeadlineHasPassed() {
        ConversationFixture f = games();

        String answer = f.answerTo("qinghai", "2026-11-23T10:10", "青海中午25 晚上27 不好意思报晚了");

        assertThat(answer).contains("午餐").contains("晚餐").contains("已过报餐截止时间");
        assertThat(f.lastTo(COORDINATORS).text())
                .startsWith("⚠报餐截止后变更")
                .contains("午餐")
                .doesNotContain("晚餐");
    }

    /** Each bus here is short by just the people said missing, or expects no figure: one notice, not two. */
    @Test
    void peopleStillMissingAtABusCountAreToldToTheCoordinatorsOnce() {
        String[][] said = {
            {"sichuan", "7号车实到46 还差2个在找", "7", "2"},
            {"hubei", "1号车实到30 还有一个没到 在找", "1", "1"},
            {"yunnan", "5号车实到52人 有3个人还没上车", "5", "3"},
        };
        for (String[] s : said) {
            ConversationFixture f = games();

            String answer = f.answerTo(s[0], "2026-11-23T16:40", s[1]);

            String missing = "⚠" + s[2] + "号车还差" + s[3] + "人未到";
            assertThat(answer).as(s[1]).contains(missing + "，已通知协调组。");
            assertThat(f.outbox.sentTo(COORDINATORS))
                    .as(s[1])
                    .singleElement()
                    .satisfies(r -> assertThat(r.text()).startsWith(missing).contains(s[1]));
        }
    }

    @Test
    void peopleWhoJoinedABusAfterItsCountAreNoSecondCount() {
        ConversationFixture f = games();

        String answer = f.answerTo("hunan", "2026-11-23T10:40", "3号车实到35人 刚才打车那3个也上车了");

        assertThat(answer).contains("3号车 实到35人").doesNotContain("实到3人");
    }

    @Test
    void aWholeDelegationSaidGoneAsItsDepartureIsDueConfirmsItAndATeamLeavingForTheVenueSaysNothing() {
        ConversationFixture f = games();
        f.say("shanghai", "2026-11-23T08:00", "上海今天中午26 晚上26 明天早上6点全团走 早饭打包");

        String gone = f.answerTo("shanghai", "2026-11-24T06:35", "上海全体已上车出发 谢谢大家这几天的关照");
        String venue = f.answerOrNull("hubei", "2026-11-24T08:30", "湖北全体已上车出发");

        assertThat(gone).startsWith("已确认：上海市代表团 全团").contains("已离开（原报06:00）");
        assertThat(venue).isNull();
    }
}
