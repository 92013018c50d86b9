package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.PartOfDay;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * Trial 46's route reports (routes on 9 December, set off 13:30): the last, 实际 figure of a route with another route's
 * own statement after it; leavers and kept portions said the day before are the route's day's; the people away on a
 * delegation's routes at a meal are that meal's cancel; someone making their own way to the site is no sign-up.
 */
class RouteTripsOnTheirDayTest {
    private static final ParserFixture EVE = ParserFixture.of(TestEvents.conference(), "2026-12-08T15:00");
    private static final ParserFixture DAY = EVE.at("2026-12-09T17:00");
    private static final LocalDate ROUTE_DAY = LocalDate.of(2026, 12, 9);

    @ParameterizedTest
    @CsvSource({
        "fujian, 福建北海线6个人 明天有1个要去开会 实际去5个 另外有一个同志想跟柳州线去看看 原来没报的, beihai, 5, liuzhou",
        "hunan, 湖南柳州线3个人 有1个明天要陪领导 实际去2个 另外北海线加1个, liuzhou, 2, beihai",
        "guangdong, 广东北海线4个 有一个要回单位开会 实际3个，另外有1位想跟百色线去看看, beihai, 3, baise"
    })
    void theLastFigureOfARouteStandsBesideAnotherRoutesChange(
            String sender, String text, String route, int count, String other) {
        assertThat(EVE.read(text, sender).contractRecords())
                .as(text)
                .containsExactlyInAnyOrder(new Visit(sender, route, count), new VisitChange(sender, 1, null, other));
    }

    @ParameterizedTest
    @CsvSource({
        "zhejiang, 浙江柳州线7个人 有2个下午要回杭州 去不了了 实际5个, liuzhou, 5, 2",
        "hubei, 湖北柳州线6个人 有1个下午要回武汉 去不了了 实际5个, liuzhou, 5, 1"
    })
    void leaversSaidTheDayBeforeLeaveOnTheRoutesDay(String sender, String text, String route, int count, int gone) {
        assertThat(EVE.read(text, sender).contractRecords())
                .as(text)
                .containsExactlyInAnyOrder(
                        new Visit(sender, route, count),
                        new Departure(sender, ROUTE_DAY, null, gone, null, PartOfDay.AFTERNOON));
    }

    @ParameterizedTest
    @CsvSource({
        "anhui, 安徽去百色的5个 晚上9点左右回来 给留5份饭吧🙏",
        "hubei, 湖北柳州线6个人 晚上10点才回来 给留6份饭",
        "jiangxi, 江西去北海的3个 晚上十点回来 麻烦给留3份饭",
    })
    void portionsKeptForARoutesPeopleTheDayBeforeAreARequestOfTheRoutesDay(String sender, String text) {
        var records = EVE.read(text, sender).contractRecords();
        assertThat(records).as(text).noneMatch(r -> r instanceof MealCount);
        assertThat(records)
                .as(text)
                .filteredOn(r -> r instanceof Issue)
                .singleElement()
                .matches(r -> ((Issue) r).category() == IssueCategory.MEAL
                        && ((Issue) r).text().contains("12月9日"));
    }

    @Test
    void portionsKeptOnTheRoutesDayLeaveTheMealsFigure() {
        assertThat(DAY.read("北海线的2个晚上回来大概8点半 给留2份饭 谢谢", "beijing").contractRecords())
                .singleElement()
                .isInstanceOf(Issue.class);
        assertThat(DAY.read("四川晚饭帮忙留35份 比赛完才回来", "sichuan").contractRecords())
                .contains(new MealCount("sichuan", ROUTE_DAY, "DINNER", 35));
    }

    @ParameterizedTest
    @CsvSource({
        "jiangsu, 江苏今晚 百色3 北海4 柳州1 都在外面吃了 会场就剩的人吃, 8",
        "hunan, 湖南晚饭 北海3个柳州2个都不回来吃 其他照常, 5",
        "shandong, 山东晚上 百色4个柳州4个 都在当地吃 不回来了, 8"
    })
    void peopleAwayOnRoutesAtDinnerAreItsCancel(String sender, String text, int away) {
        assertThat(DAY.read(text, sender).contractRecords())
                .as(text)
                .containsExactly(new MealCancel(sender, ROUTE_DAY, "DINNER", away));
        assertThat(DAY.read(text, sender))
                .as(text)
                .isNotInstanceOf(org.receptionbot.message.ParseOutcome.Incomplete.class);
    }

    @ParameterizedTest
    @CsvSource({"beijing, 北京5个 北海3 柳州2 晚上都回来吃", "hunan, 湖南北海3个柳州2个 晚饭回不回来吃还不确定"})
    void comingBackOrUnsureCancelsNothing(String sender, String text) {
        assertThat(DAY.read(text, sender).contractRecords()).as(text).noneMatch(r -> r instanceof MealCancel);
    }

    @ParameterizedTest
    @CsvSource({
        ", 辽宁那个同志说自己打车去百色 不用等了",
        "liaoning, 我们百色线有1个没赶上2号车 他自己打车过去了",
        "sichuan, 北海线有个处长没赶上车 自己开车过去",
        ", 湖北那个同志没赶上6号车 打车追过去了"
    })
    void someoneMakingTheirOwnWayRecordsNothing(String sender, String text) {
        var read = DAY.at("2026-12-09T13:40").read(text, sender);
        assertThat(read.contractRecords()).as(text).isEmpty();
        assertThat(read).as(text).isNotInstanceOf(org.receptionbot.message.ParseOutcome.Incomplete.class);
    }

    @Test
    void givingUpAskingOrAGroupFigureStayAsTheyWere() {
        ParserFixture at = DAY.at("2026-12-09T13:40");
        assertThat(at.read("深圳柳州线2个人没赶上车 午觉睡过投了 打车去柳州也不现实 算了不去了", "shenzhen"))
                .isInstanceOf(org.receptionbot.message.ParseOutcome.Incomplete.class);
        assertThat(at.read("四川的有个同志没赶上北海的车 能打车追吗", "sichuan").contractRecords())
                .singleElement()
                .matches(r -> r instanceof Issue i && i.category() == IssueCategory.VEHICLE);
        assertThat(at.at("2026-12-09T08:15")
                        .read("河南厅百色线6个人 不过有1个要晚点 他自己打车去党校", "henan")
                        .contractRecords())
                .containsExactly(new Visit("henan", "baise", 6));
    }
}
