package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * Trial 64: part of a team leaving or staying. The meal the leavers give up after their train and home city is
 * theirs; people back from a match are no arrival; 全到 on a meal's list is the delegation eating; people named by
 * role and joined (那个和一个教练) are counted part by part; a bus broken down is a vehicle problem even when the
 * message asks whether the train can still be made.
 */
class TeamPartsReadingTest {
    private static final ParserFixture MORNING = ParserFixture.of(TestEvents.reference(), "2026-11-27T06:50");
    private static final ParserFixture EVENING = ParserFixture.of(TestEvents.reference(), "2026-11-27T17:40");
    private static final ParserFixture LISTS = ParserFixture.of(TestEvents.reference(), "2026-11-27T14:35");

    private static List<Record> read(ParserFixture at, String text, String sender) {
        return at.read(text, sender).contractRecords();
    }

    private static List<Integer> counts(List<Record> records, Class<? extends Record> kind) {
        return records.stream()
                .filter(kind::isInstance)
                .map(r -> r instanceof MealCancel m
                        ? m.count()
                        : r instanceof MealCount m ? m.count() : r instanceof Departure d ? d.count() : -1)
                .toList();
    }

    @ParameterizedTest
    @CsvSource({
        "sichuan, 四川今天有8个人下午4点先走 坐D2282回成都 晚饭就不吃了, 8",
        "sichuan, 今天有8个人下午4点先走，坐D2282回成都，晚饭就不吃了, 8",
        "hunan, 湖南今天有6个下午3点先走 坐G1234回长沙 晚饭不吃了, 6",
        "hubei, 湖北有10个人下午5点先走 坐大巴回武汉 晚饭就不吃了, 10",
        "hunan, 湖南有个同志上午发完言就走 中午不吃了, 1",
        "sichuan, 四川有个同志今天下午4点坐D2282回成都 晚饭就不吃了, 1"
    })
    void theMealGivenUpAfterTheTrainHomeIsTheLeavers(String team, String text, int leavers) {
        List<Record> records = read(MORNING, text, team);
        assertThat(counts(records, Departure.class)).as(text).containsExactly(leavers);
        assertThat(counts(records, MealCancel.class)).as(text).containsExactly(leavers);
    }

    @ParameterizedTest
    @CsvSource({
        "hunan, 湖南有个同志上午发完言就走 中午大家都不吃了",
        "sichuan, 四川今天下午4点走 坐D2282回成都 48人 晚饭就不吃了",
        "sichuan, 四川全团今天下午4点走 坐D2282回成都 晚饭就不吃了",
        "gansu, 甘肃最后一批晚上7点走 坐K1524回兰州 八个人 晚饭不吃了"
    })
    void theWholeDelegationOrItsLastBatchGivesUpTheWholeMeal(String team, String text) {
        assertThat(counts(read(MORNING, text, team), MealCancel.class)).as(text).containsExactly((Integer) null);
    }

    @ParameterizedTest
    @CsvSource({"shandong, 山东今晚宵夜要10份 看决赛的回来大概10点到九院", "shandong, 今晚宵夜要10份 看比赛的回来大概10点到", "hebei, 河北宵夜12份 训练的回来9点多到酒店"})
    void peopleBackFromAnOutingAreNoArrival(String team, String text) {
        List<Record> records = read(EVENING, text, team);
        assertThat(records).as(text).noneMatch(Arrival.class::isInstance);
        assertThat(records).as(text).anyMatch(r -> r instanceof MealCount m && "LATE_NIGHT".equals(m.meal()));
    }

    @ParameterizedTest
    @CsvSource({"shandong, 今晚有10个人晚上10点到 宵夜要10份", "shandong, 宵夜10份 10个人晚上10点到酒店", "hebei, 河北回来的12个人坐G1234晚上9点到"})
    void peopleComingFromAfarStillArrive(String team, String text) {
        assertThat(read(EVENING, text, team)).as(text).anyMatch(Arrival.class::isInstance);
    }

    @ParameterizedTest
    @ValueSource(strings = {"晚饭接龙 15点截止\n1. 天津 30\n5. 吉林 全到\n8. 海南 24", "晚饭接龙\n1. 天津 30\n2. 吉林 全到"})
    void allComeOnAMealsListIsTheDelegationEating(String text) {
        List<Record> records = read(LISTS, text, null);
        assertThat(records).as(text).noneMatch(Arrival.class::isInstance);
        assertThat(records)
                .as(text)
                .anyMatch(r -> r instanceof MealCount m
                        && m.delegation().equals("jilin")
                        && m.meal().equals("DINNER"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"抵达接龙\n1. 天津 30人 已到\n2. 吉林 全到", "吉林 全到"})
    void allComeOffAMealsListIsAnArrival(String text) {
        assertThat(read(LISTS, text, null))
                .as(text)
                .anyMatch(r -> r instanceof Arrival a && a.delegation().equals("jilin"));
    }

    @ParameterizedTest
    @CsvSource({"江苏先走32个 按原计划11点半D2236 生病的那个和一个教练留下陪着 明天再走, 2", "江苏先走32个 11点半D2236 两个病号和一个教练留下 明天再走, 3"})
    void peopleJoinedByRoleAreCountedPartByPart(String text, int staying) {
        ParserFixture at = ParserFixture.of(TestEvents.reference(), "2026-11-28T08:30");
        List<Integer> leaving = counts(read(at, text, "jiangsu"), Departure.class);
        assertThat(leaving).as(text).containsExactly(32, staying);
    }

    @ParameterizedTest
    @CsvSource({"江苏先走32个 11点半D2236 教练和队员们都留下 明天走", "江苏先走32个 11点半D2236 生病的那个留下 明天再走", "江苏有个教练跟队员一起留下 明天走"})
    void aGroupOrOnePersonIsNoJoinedPair(String text) {
        ParserFixture at = ParserFixture.of(TestEvents.reference(), "2026-11-28T08:30");
        assertThat(counts(read(at, text, "jiangsu"), Departure.class))
                .as(text)
                .noneMatch(n -> Objects.equals(n, 2) || Objects.equals(n, 3));
    }

    @ParameterizedTest
    @CsvSource({"8号车爆胎了 师傅在换备胎 重庆的人都在大堂等着 3点半的火车 来得及吗", "8号车爆胎了 来得及吗", "重庆的车抛锚了 3点半的火车 赶得上吗"})
    void aBusBrokenDownIsAVehicleProblemEvenWhenAskedAbout(String text) {
        ParserFixture at = ParserFixture.of(TestEvents.reference(), "2026-11-28T14:40");
        assertThat(read(at, text, null))
                .as(text)
                .anyMatch(r -> r instanceof org.receptionbot.record.Issue i
                        && i.category() == org.receptionbot.record.IssueCategory.VEHICLE);
    }

    @ParameterizedTest
    @CsvSource({"8号车几点到 来得及吗", "8号车的师傅在换衣服 3点半的火车 来得及吗"})
    void aBusAskedAboutWithNothingBrokenIsNoProblem(String text) {
        ParserFixture at = ParserFixture.of(TestEvents.reference(), "2026-11-28T14:40");
        assertThat(read(at, text, null)).as(text).noneMatch(org.receptionbot.record.Issue.class::isInstance);
    }
}
