package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

/**
 * Trial 37's wrong readings as families: a landing with its figure beside a problem, the small hours after 今晚, route
 * people eating "over there" at the site, an hour beside a packed or skipped breakfast, and the rest eating later.
 */
class NightHoursAndRoutePeopleMealsTest {
    private final MessageParser sports = new MessageParser(TestEvents.reference());
    private final MessageParser conference = new MessageParser(TestEvents.conference());

    private static ParseOutcome read(MessageParser parser, String now, String team, String text) {
        return parser.parse(text, OffsetDateTime.parse(now + "+08:00").toInstant(), team);
    }

    /** "辽宁落地 33人 行李少了一件": 落地 with no hour is the plane down now; the figure after it is the arrival's. */
    @ParameterizedTest
    @CsvSource({
        "liaoning, 辽宁落地 33人 行李少了一件, 33",
        "guizhou, 贵州队落地 50个人 接机的车没看到, 50",
        "liaoning, 落地 33人 行李丢了一件, 33",
        "hebei, 河北队已落地 36个 有两件行李没出来, 36",
        "hunan, 湖南落地 35人 有个箱子没拿到, 35",
        "jilin, 吉林落地 40人 接机的车在哪, 40"
    })
    void aLandingWithItsFigureBesideAProblemIsBoth(String team, String text, int people) {
        ParseOutcome read = read(sports, "2026-11-18T15:00:00", team, text);
        assertThat(read.records()).contains(new Arrival(team, LocalDate.of(2026, 11, 18), null, people, null));
        assertThat(read.records()).anyMatch(r -> r instanceof Issue);
    }

    /** "江西估计今晚凌晨1点才到": the small hours after tonight are tomorrow's. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "jiangxi|江西估计今晚凌晨1点才到|01:00|-|-",
                "jiangxi|江西今晚凌晨2点到 27人|02:00|27|-",
                "fujian|福建今天晚上凌晨1点半落地 MU1234|01:30|-|MU1234",
                "hunan|湖南今晚凌晨3点到 K123|03:00|-|K123",
                "henan|河南的火车晚点了 今晚凌晨1点才能到|01:00|-|-"
            })
    void theSmallHoursAfterTonightAreTomorrows(String team, String text, String time, Integer people, String ticket) {
        assertThat(read(sports, "2026-11-18T08:00:00", team, text).records())
                .containsExactly(new Arrival(team, LocalDate.of(2026, 11, 19), LocalTime.parse(time), people, ticket));
    }

    /** The evening keeps its own day for the meals after it; 今天凌晨 stays today. */
    @ParameterizedTest
    @CsvSource({"江西今晚凌晨1点才到 晚饭不吃了, 2026-11-19, 2026-11-18", "江西今天凌晨2点到 晚饭不吃了, 2026-11-18, 2026-11-18"})
    void theEveningKeepsItsDayForTheMealsAfter(String text, LocalDate arrival, LocalDate dinner) {
        assertThat(read(sports, "2026-11-18T00:30:00", "jiangxi", text).records())
                .anyMatch(r -> r instanceof Arrival a && a.date().equals(arrival))
                .contains(new MealCancel("jiangxi", dinner, "DINNER", null));
    }

    /**
     * "安徽去百色的5个晚饭也在那边吃", "江苏北海线5个人 晚饭在那边吃": over there, after a route named, is the site; those
     * people, not the whole delegation, miss the hotel dinner.
     */
    @ParameterizedTest
    @CsvSource({
        "anhui, 安徽去百色的5个晚饭也在那边吃, 5",
        "henan, 河南去北海的4个晚饭也在那边吃, 4",
        "sichuan, 我们去柳州的3个人晚饭也在那边吃, 3",
        "liaoning, 辽宁百色线的3个晚上也在那边吃 不回来了, 3",
        "guangdong, 广东去北海的4个人晚饭就在那边吃, 4",
        "jiangsu, 江苏北海线5个人 晚饭在那边吃, 5"
    })
    void routePeopleEatingOverThereMissTheHotelDinner(String team, String text, int people) {
        assertThat(read(conference, "2026-12-09T10:00:00", team, text).records())
                .contains(new MealCancel(team, LocalDate.of(2026, 12, 9), "DINNER", people))
                .noneMatch(r -> r instanceof MealCount || r instanceof MealCancel c && c.count() == null);
    }

    /** "明天早饭打包10份 他们6点半坐G1234": an hour beside a breakfast packed or skipped is the morning's. */
    @ParameterizedTest
    @CsvSource({
        "hunan, 明天早饭打包10份 他们6点半坐G1234, 06:30",
        "hubei, 明天早餐打包8份 他们5点半坐G571, 05:30",
        "sichuan, 明天早饭打包6份 这几个6点坐D1234, 06:00",
        "guangxi, 明天早饭不吃了 6点半的G1234 全团走, 06:30",
        "jilin, 明天早餐来不及吃 我们5点50的K1234走 40人, 05:50",
        "henan, 明天早饭打包 6点坐大巴去机场 全团, 06:00",
        // a breakfast figure said plainly leaves the hour to the usual reading (3点 = 15:00)
        "hunan, 明天早饭35人 我们3点坐G1234走, 15:00"
    })
    void anHourBesideAPackedOrSkippedBreakfastIsTheMorning(String team, String text, LocalTime time) {
        assertThat(read(sports, "2026-11-24T19:00:00", team, text).records())
                .anyMatch(r -> r instanceof Departure d && time.equals(d.time()));
    }

    /** "只有1个 其他的跟考察线回来再吃": the rest eat later; a request to the kitchen, never a cut to the few. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "c|anhui|我们今晚在酒店吃饭的只有1个 其他的跟考察线回来再吃 大概9点",
                "c|henan|今晚在山庄吃的只有2个 其他的考察回来再吃 9点左右",
                "c|jiangsu|江苏晚饭现在只有3个人吃 剩下6个考察回来再吃 大概8点半",
                "c|hubei|湖北今晚先吃的1个 其余6个回来以后再吃 麻烦留饭",
                "s|hunan|湖南晚饭先吃的只有10个 其他的比赛完回来再吃 大概9点"
            })
    void theRestEatingLaterIsARequestNotACut(String event, String team, String text) {
        MessageParser parser = event.equals("c") ? conference : sports;
        String now = event.equals("c") ? "2026-12-09T16:00:00" : "2026-11-24T16:00:00";
        ParseOutcome read = read(parser, now, team, text);
        assertThat(read.records()).noneMatch(r -> r instanceof MealCount);
        assertThat(read.records()).contains(new Issue(IssueCategory.MEAL, team, text));
    }

    /** Talk that looks like these families stays record-free. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "s|落地了记得说一声 行李别落下",
                "s|辽宁几点落地？33人的车安排好了吗",
                "s|今晚凌晨1点谁去接站？",
                "c|去百色的同志晚饭也在那边吃吗",
                "c|北海线回来的同志晚饭在那边吃还是回山庄",
                "s|明天早饭打包的6点半到餐厅门口来拿",
                "c|考察线的同志回来再吃的话 餐厅9点前都有人"
            })
    void lookAlikeTalkIsNoRecord(String event, String text) {
        MessageParser parser = event.equals("c") ? conference : sports;
        String now = event.equals("c") ? "2026-12-09T10:00:00" : "2026-11-18T15:00:00";
        assertThat(read(parser, now, null, text).records()).isEmpty();
    }
}
