package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * A report relayed for another delegation beside the sender's own ({@link RelayOpenings}): the relay words (帮/替 X 报,
 * 还有 X, X 让我帮报) name the delegation of what follows them; the sender's stays the subject of what came before.
 * The reason for a relay (the liaison's phone without signal) is no issue and hides no meal ({@link RelayFrame}).
 */
class RelayedReportTest {
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-20T14:00");
    private static final ParserFixture VISITS = ParserFixture.of(TestEvents.conference(), "2026-12-08T14:00");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "chongqing|重庆宵夜30 帮兵团报一下 宵夜25|chongqing|LATE_NIGHT|30|bingtuan|LATE_NIGHT|25",
                "hunan|湖南宵夜20个 再帮贵州报一下 宵夜15个|hunan|LATE_NIGHT|20|guizhou|LATE_NIGHT|15",
                "hebei|河北晚饭30 帮山西报一下 他们晚饭28|hebei|DINNER|30|shanxi|DINNER|28",
                "chongqing|重庆宵夜30 还有兵团 宵夜25|chongqing|LATE_NIGHT|30|bingtuan|LATE_NIGHT|25",
                "chongqing|重庆宵夜30 兵团让我帮报一下 宵夜25|chongqing|LATE_NIGHT|30|bingtuan|LATE_NIGHT|25",
                "hubei|湖北晚饭55 湖南托我报一下 晚饭31|hubei|DINNER|55|hunan|DINNER|31",
                "sichuan|四川午饭40 替云南报一下 午饭35|sichuan|LUNCH|40|yunnan|LUNCH|35",
                "guangdong|广东晚饭50人 顺便帮广西报下 晚饭44人|guangdong|DINNER|50|guangxi|DINNER|44",
                "beijing|北京早饭42 还有天津 早饭28|beijing|BREAKFAST|42|tianjin|BREAKFAST|28",
                "chongqing|宵夜30 帮兵团报一下 宵夜25|chongqing|LATE_NIGHT|30|bingtuan|LATE_NIGHT|25",
                "''|重庆宵夜30 帮兵团报一下 宵夜25|chongqing|LATE_NIGHT|30|bingtuan|LATE_NIGHT|25",
                "chongqing|重庆宵夜30 兵团报一下 宵夜25|chongqing|LATE_NIGHT|30|bingtuan|LATE_NIGHT|25",
                "chongqing|重庆宵夜30 兵团宵夜25|chongqing|LATE_NIGHT|30|bingtuan|LATE_NIGHT|25"
            })
    void eachFigureGoesToTheDelegationItIsSaidFor(
            String sender,
            String text,
            String own,
            String ownMeal,
            int ownCount,
            String other,
            String otherMeal,
            int otherCount) {
        List<Record> records =
                SPORTS.read(text, sender.isEmpty() ? null : sender).records();

        assertThat(records)
                .as(text)
                .containsExactly(
                        new MealCount(own, day(ownMeal), ownMeal, ownCount),
                        new MealCount(other, day(otherMeal), otherMeal, otherCount));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "chongqing|重庆宵夜30 帮忙报一下|chongqing|LATE_NIGHT|30",
                "chongqing|重庆晚饭30 帮忙报销一下出租车票|chongqing|DINNER|30",
                "hunan|湖南午饭20 还有两个没回来|hunan|LUNCH|20",
                "''|帮山西报一下 晚饭28|shanxi|DINNER|28"
            })
    void theSendersOwnReportStaysItsOwn(String sender, String text, String team, String meal, int count) {
        List<MealCount> counts = SPORTS.read(text, sender.isEmpty() ? null : sender).records().stream()
                .filter(MealCount.class::isInstance)
                .map(MealCount.class::cast)
                .toList();

        assertThat(counts).as(text).containsExactly(new MealCount(team, day(meal), meal, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "帮宁波报一下 他们联络员在车上没信号 宁波今晚不在山庄吃|ningbo",
                "帮大连报一下 他们联络员手机没信号 大连今晚不在山庄吃|dalian",
                "替青岛报一下 他们联络员那边信号不好 青岛晚饭不吃了|qingdao"
            })
    void theReasonForARelayIsNoIssueAndHidesNoMeal(String text, String team) {
        List<Record> records = VISITS.read(text, null).records();

        assertThat(records).as(text).noneMatch(Issue.class::isInstance);
        assertThat(records).as(text).containsExactly(new MealCancel(team, LocalDate.of(2026, 12, 8), "DINNER", null));
    }

    /** At 14:00 the next breakfast and lunch are tomorrow's. */
    private static LocalDate day(String meal) {
        return meal.equals("BREAKFAST") || meal.equals("LUNCH") ? TODAY.plusDays(1) : TODAY;
    }
}
