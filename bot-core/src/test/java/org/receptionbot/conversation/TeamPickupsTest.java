package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Movement;

/**
 * Trial 55, bus liaisons' pickups read against where the team is: a pickup of some of a team arriving that day is their
 * arrival (confirming the part the team reported near it), never a count of the bus short against the whole team
 * ("5号车接到云南3个领导了 已经送到酒店" raised ⚠少52人), whether or not the bus is the team's; a pickup of the whole of
 * a team here for days is no arrival ("接到湖南的了 35个人 到酒店了"). A pickup far from the part's hour or of another figure leaves
 * the part alone, and a count said as one (实到) stays a count. Read by the real parser on the sports sample.
 */
class TeamPickupsTest {
    private static final String REPORT = "云南有3个领导下午4点到 其他人晚上7点到";

    private static String linesOf(String board, String team) {
        return String.join("\n", board.lines().filter(l -> l.contains(team)).toList());
    }

    private static int arrivedCount(ConversationFixture f, String team) {
        return f.movementsOf(team).stream()
                .filter(Arrival.class::isInstance)
                .map(Arrival.class::cast)
                .mapToInt(a -> a.count() == null ? 0 : a.count())
                .sum();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "bus5|5号车接到云南3个领导了 已经送到酒店",
                "bus5|5号车已接到云南3位领导 马上往酒店走",
                "bus7|7号车接到云南3个领导了 已经送到酒店",
            })
    void aPickupOfTheReportedPartConfirmsIt(String bus, String pickup) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-18");
        f.answerTo("yunnan", "10:00", REPORT);

        String answer = f.answerTo(bus, "16:20", pickup);

        assertThat(answer)
                .as(pickup)
                .contains("已确认")
                .contains("3人")
                .doesNotContain("⚠少")
                .doesNotContain("没能读出");
        String board = f.answerTo("tian", "16:30", "今日动态");
        assertThat(linesOf(board, "云南")).contains("16:20 抵达 云南省代表团 3人（已到达 ✓）").contains("52人");
        assertThat(linesOf(board, "云南")).doesNotContain("16:00");
        assertThat(f.answerTo("tian", "16:31", "车辆清点")).doesNotContain("⚠少52");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"bus5|5号车接到云南3个领导了 已经送到酒店", "bus7|7号车接到云南3个领导了 已经送到酒店"})
    void aPickupOfSomeOfATeamArrivingThatDayIsTheirArrival(String bus, String pickup) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-18");

        String answer = f.answerTo(bus, "16:20", pickup);

        assertThat(answer).as(pickup).contains("抵达 3人").doesNotContain("⚠少").doesNotContain("没能读出");
        assertThat(arrivedCount(f, "yunnan")).isEqualTo(3);
        assertThat(f.answerTo("tian", "16:31", "车辆清点")).doesNotContain("⚠少52");
        assertThat(f.outbox.sentTo(ConversationFixture.COORDINATORS))
                .noneMatch(r -> r.text().contains("清点少"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "bus3|hunan|接到湖南的了 35个人 到酒店了",
                "bus7|yunnan|7号车接到云南的了 55个人 回酒店了",
            })
    void aPickupOfAWholeTeamHereForDaysIsNoArrival(String bus, String team, String pickup) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");

        String answer = f.answerTo(bus, "16:20", pickup);

        assertThat(answer).as(pickup).contains("该团已在会").doesNotContain("已记录").doesNotContain("⚠少");
        assertThat(f.movementsOf(team)).isEmpty();
        assertThat(f.answerTo("tian", "16:30", "今日动态")).doesNotContain("抵达");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"bus5|5号车接到云南3个领导了 已经送到酒店", "bus7|7号车接到云南3个领导了 已经送到酒店"})
    void aPickupOfSomeOfATeamHereIsNoShortCount(String bus, String pickup) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");

        String answer = f.answerTo(bus, "16:20", pickup);

        assertThat(answer).as(pickup).contains("抵达 3人").doesNotContain("⚠少").doesNotContain("没能读出");
        assertThat(f.answerTo("tian", "16:31", "车辆清点")).doesNotContain("⚠少");
        assertThat(f.outbox.sentTo(ConversationFixture.COORDINATORS))
                .noneMatch(r -> r.text().contains("清点少"));
    }

    @Test
    void aPickupFarFromThePartsHourLeavesThePartAlone() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-18");
        f.answerTo("yunnan", "10:00", "云南有3个领导中午12点到 其他人晚上7点到");

        String answer = f.answerTo("bus5", "16:20", "5号车接到云南3个领导了 已经送到酒店");

        assertThat(answer).doesNotContain("已确认").doesNotContain("⚠少");
        assertThat(f.movementsOf("yunnan"))
                .extracting(Movement::time)
                .extracting(String::valueOf)
                .contains("12:00", "16:20");
    }

    @Test
    void aPickupOfAnotherFigureLeavesThePartAlone() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-18");
        f.answerTo("yunnan", "10:00", REPORT);

        String answer = f.answerTo("bus5", "16:20", "5号车接到云南5个人了 已经送到酒店");

        assertThat(answer).doesNotContain("已确认").doesNotContain("⚠少");
        assertThat(f.movementsOf("yunnan"))
                .extracting(Movement::time)
                .extracting(String::valueOf)
                .contains("16:00", "16:20");
    }

    @Test
    void aCountSaidAsOneStaysACount() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-18");
        f.answerTo("yunnan", "10:00", REPORT);

        String answer = f.answerTo("bus5", "16:20", "5号车实到3人 云南领导都接到了");

        assertThat(answer).contains("实到3人（应到3人）").doesNotContain("⚠少");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"2026-11-18|7号车接到云南3个领导 实到3人", "2026-11-23|7号车 云南实到3人", "2026-11-23|7号车清点云南3人"})
    void aCountOfAnotherTeamOnABusNotItsOwnIsNotCheckedAgainstThatTeamsSize(String day, String count) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), day);

        String answer = f.answerTo("bus7", "16:20", count);

        assertThat(answer).as(count).contains("实到3人").doesNotContain("⚠少").doesNotContain("应到55人");
        assertThat(f.answerTo("tian", "16:31", "车辆清点")).doesNotContain("⚠少52");
    }
}
