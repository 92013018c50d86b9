package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The thirty-sixth trial's findings: a meal kept beside a problem, a bus count of a delegation with one bus, people
 * short of a bus however said, and a reporter saying their problem is fixed; by the real parser on the bundled samples.
 */
class ProblemBesideMealsAndFixedIssuesTest {

    private static ConversationFixture games() {
        return ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
    }

    private static ConversationFixture conference() {
        return ConversationFixture.parsing(SampleEvents.conference(), "2026-12-09");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "guangxi|广西晚饭照常 房间没有热水 1203房|晚餐 按原计划|房间没有热水 1203房",
                "hunan|晚饭照常 空调坏了|晚餐 按原计划|空调坏了",
                "sichuan|四川中午照常吃 1205房间马桶堵了|午餐 按原计划|1205房间马桶堵了",
                "yunnan|晚上照常 有个队员发烧了|晚餐 按原计划|有个队员发烧了",
                "guizhou|明天早餐照常 房间没有热水|早餐 按原计划|房间没有热水",
                "hubei|湖北午饭照常 812房间灯坏了 麻烦派人修一下|午餐 按原计划|812房间灯坏了",
            })
    void aMealKeptBesideAProblemKeepsBothAndTheIssueIsTheProblemsClause(
            String sender, String said, String meal, String problem) {
        ConversationFixture f = games();

        String answer = f.answerTo(sender, "09:00", said);

        assertThat(answer).as(said).contains(meal).contains("问题#1");
        assertThat(f.issue(1).issue().text()).as(said).startsWith(problem);
    }

    @Test
    void aMealKeptWithTalkBesideItFilesNoIssue() {
        for (String said : new String[] {"晚饭照常 大家辛苦了", "热水现在挺好的 谢谢"}) {
            ConversationFixture f = games();

            String answer = f.answerOrNull("hunan", "09:00", said);

            assertThat(answer == null ? "" : answer).as(said).doesNotContain("问题#");
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "guizhou|人齐了 35|4号车 实到35人",
                "guizhou|实到28 还差一个没下来|4号车 实到28人",
                "guangxi|6号车的人齐了 52|6号车 实到52人",
                "guangxi|人齐了 50|6号车 实到50人",
                "yunnan|人齐了 55|5号车 实到55人",
                "sichuan|实到40 还差两个在买水|7号车 实到40人",
            })
    void aDelegationWithOneBusCountsThatBusWithoutBeingAsked(String sender, String said, String count) {
        String answer = games().answerTo(sender, "09:00", said);

        assertThat(answer).as(said).contains(count).doesNotContain("几号车");
    }

    @Test
    void aDelegationWithSeveralBusesIsAskedAndASecondQuestionSaysTheFirstMessageIsUnrecorded() {
        ConversationFixture f = games();

        String first = f.answerTo("hubei", "09:00", "实到28 还差一个没下来");
        String second = f.answerTo("hubei", "09:01", "人齐了 35");
        String bus = f.answerTo("hubei", "09:02", "2号车");

        assertThat(first).startsWith("请问是几号车？");
        assertThat(second).startsWith("请问是几号车？").contains("上一条“实到28 还差一个没下来”尚未记录");
        assertThat(bus).contains("2号车 实到35人");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1号车实到29 少了两个 有一个河南的没来 还有一个不知道|2",
                "实到29 缺了两个|2",
                "实到30 还少一个人|1",
                "1号车实到28 少了3个人|3",
                "1号车实到44人 还缺一个|1",
                "实到30 还差两个|2",
            })
    void peopleShortOfABusAreToldToTheCoordinatorsHoweverSaid(String said, int missing) {
        ConversationFixture f = conference();

        String answer = f.answerTo("bus1", "13:40", said);

        assertThat(answer).as(said).contains("⚠1号车还差" + missing + "人未到，已通知协调组");
        assertThat(f.lastTo(ConversationFixture.COORDINATORS).text()).as(said).startsWith("⚠1号车还差" + missing + "人未到");
    }

    @Test
    void peopleShortWhoGoOnTheirOwnOrACountAloneRaiseNoMissingAlert() {
        for (String said : new String[] {"1号车实到29人 少了2个 自己打车过去", "1号车实到31人"}) {
            String answer = conference().answerTo("bus1", "13:40", said);

            assertThat(answer).as(said).doesNotContain("未到");
        }
    }

    /** A reporter's words that their problem is fixed. */
    static Stream<String> saidFixed() {
        return Stream.of("热水好了谢谢", "热水已经好了 谢谢老师", "热水的问题解决了 辛苦了", "刚才热水修好了", "热水没问题了 谢谢", "热水现在可以了");
    }

    @ParameterizedTest
    @MethodSource("saidFixed")
    void aReporterSayingTheirProblemIsFixedIsToldHowTheCoordinatorsCloseIt(String said) {
        ConversationFixture f = games();
        f.answerTo("guangxi", "09:00", "房间没有热水 1203房");

        String answer = f.answerTo("guangxi", "09:30", said);
        String closed = f.answerTo("tian", "09:35", "1号问题处理好了");

        assertThat(answer).as(said).contains("已补充到问题#1").contains("报告人称已解决，协调组回复“1号问题处理好了”即关闭");
        assertThat(closed).as(said).contains("问题#1已解决");
    }

    @ParameterizedTest
    @MethodSource("saidFixed")
    void anIssueItsReporterSaidFixedStandsOnTheBoardsAsReportedFixedUntilACoordinatorClosesIt(String said) {
        ConversationFixture f = games();
        f.answerTo("guangxi", "09:00", "房间没有热水 1203房");
        f.answerTo("guangxi", "09:30", said);

        String board = f.answerTo("tian", "12:00", "/issues");

        assertThat(f.issue(1).pending()).as(said).isTrue();
        assertThat(board)
                .as(said)
                .startsWith("待处理问题（1个，其中1个称已解决待确认）")
                .contains("#1 ")
                .contains("报告人称已解决，待确认")
                .doesNotContain("待处理）")
                .doesNotContain("超时");
        f.answerTo("tian", "12:05", "1号问题处理好了");
        assertThat(f.issue(1).pending()).as(said).isFalse();
        assertThat(f.answerTo("tian", "12:06", "/issues")).as(said).isEqualTo("目前没有待处理的问题。");
    }

    @Test
    void anIssueSaidFixedThenSaidBrokenAgainIsPendingAsBefore() {
        ConversationFixture f = games();
        f.answerTo("guangxi", "09:00", "房间没有热水 1203房");
        f.answerTo("guangxi", "09:30", "热水好了谢谢");
        f.answerTo("guangxi", "10:00", "热水还是没有");

        assertThat(f.answerTo("tian", "10:05", "/issues")).contains("待处理").doesNotContain("称已解决");
    }

    @Test
    void aReporterSayingTheProblemIsNotFixedGetsNoClosingHint() {
        for (String said : new String[] {"热水还是没好", "热水还没修好吗"}) {
            ConversationFixture f = games();
            f.answerTo("guangxi", "09:00", "房间没有热水 1203房");

            String answer = f.answerOrNull("guangxi", "09:30", said);

            assertThat(answer == null ? "" : answer).as(said).doesNotContain("报告人称已解决");
        }
    }
}
