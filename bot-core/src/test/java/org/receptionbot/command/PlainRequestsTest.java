package org.receptionbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;

/**
 * Requests in plain words read as the commands they ask for: a route's head counts, a delegation's standing,
 * the workbook, and a bus's card asked inside a longer question; reports and problems beside them stay reports.
 */
class PlainRequestsTest {
    private static final LocalDate VISIT_DAY = LocalDate.of(2026, 12, 9);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final CommandParser conference = new CommandParser(TestEvents.conference());
    private final CommandParser games = new CommandParser(TestEvents.reference());

    private Command onVisitDay(String text) {
        return conference.parse(text, VISIT_DAY).orElse(null);
    }

    private Command onGamesDay(String text) {
        return games.parse(text, TODAY).orElse(null);
    }

    @ParameterizedTest
    @CsvSource({
        "百色线实到多少, 百色线",
        "百色线清点, 百色线",
        "北海线清点情况, 北海线",
        "柳州线到了多少人, 柳州线",
        "百色组实到几个人？, 百色线",
        "北海线现在实到多少人, 北海线",
        "百色线清点完了吗, 百色线",
        "北海人到齐了没, 北海线",
        "北海线接待单位问名单 麻烦发一下, 北海线",
        "柳州线名单发一下, 柳州线",
        "麻烦把百色线的名单发给接待单位, 百色线",
        "百色线考察人员名单有吗？, 百色线",
        "北海那边陈科长打电话来要名单 能发一下北海线名单吗, 北海线",
        "柳州线接待单位要我们的名单, 柳州线"
    })
    void aRoutesHeadCountsAskedInWordsAreItsVisitsBoard(String text, String route) {
        assertThat(onVisitDay(text)).isEqualTo(new Command.Visits(route));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "百色线实到40人",
                "百色线人齐了",
                "北海线我们去5人",
                "百色线晚饭多少人",
                "北海线清点少2人",
                "北海线名单上加1个",
                "柳州线名单里我们是4个",
                "百色线名单发了 少了湖南的",
                "北海线名单上少了湖南的 麻烦发一下更新的",
                "柳州线名单已经发给接待单位了"
            })
    void aRoutesReportOrAnotherQuestionAboutItIsNoRequestForItsBoard(String text) {
        assertThat(onVisitDay(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"重庆团情况, 重庆", "兵团什么情况, 兵团", "查一下江苏的情况, 江苏", "山东代表团现在什么情况, 山东", "重庆团最新情况怎么样, 重庆"})
    void aDelegationsStandingAskedInWordsIsItsStatus(String text, String delegation) {
        assertThat(onVisitDay(text)).isEqualTo(new Command.Status(delegation));
    }

    @ParameterizedTest
    @ValueSource(strings = {"重庆团情况特殊 晚饭少2人", "重庆晚饭情况", "情况"})
    void aStandingWithAFigureAMealOrNoDelegationIsNoStatus(String text) {
        assertThat(onVisitDay(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "把今天的报表导一下, 2026-11-22, ",
        "导一下今天的报表, 2026-11-22, ",
        "麻烦把昨天的表格导出来, 2026-11-21, ",
        "报表导一下, , ",
        "帮我导个报表吧, , ",
        "把11月20日至11月22日的报表导出来, 2026-11-20, 2026-11-22"
    })
    void theWorkbookAskedInWordsIsTheExport(String text, LocalDate from, LocalDate to) {
        assertThat(onGamesDay(text)).isEqualTo(new Command.Export(from, to));
    }

    @ParameterizedTest
    @ValueSource(strings = {"今天的报表", "报表我明天再导", "把午餐的报表导一下"})
    void wordsOfTheWorkbookWithoutAskingForItOrWithoutDaysAreNoExport(String text) {
        assertThat(onGamesDay(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "车已经到楼下了吗 3号车师傅电话多少, 3",
        "你好 5号车司机电话多少, 5",
        "车到了没？3号车司机是谁, 3",
        "10号车师傅电话多少 我联系一下, 10",
        "请问 2号车在哪, 2",
        "麻烦问下 6号车司机电话是多少？谢谢, 6"
    })
    void aBusCardAskedInsideALongerQuestionIsTheCard(String text, String vehicle) {
        assertThat(onGamesDay(text)).isEqualTo(new Command.Car(vehicle));
    }

    @ParameterizedTest
    @ValueSource(strings = {"车还没来 3号车司机电话多少", "3号车实到40人 司机电话多少", "3号车 实到40人", "3号车司机电话多少 5号车在哪"})
    void aBusQuestionBesideAProblemOrAReportIsLeftToTheParser(String text) {
        assertThat(onGamesDay(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "查看到达, 2026-11-22", "看一下今天到达, 2026-11-22", "今天谁到, 2026-11-22", "明天谁走？, 2026-11-23",
        "查看明天离开, 2026-11-23", "到达情况, 2026-11-22", "明天离开名单, 2026-11-23", "查一下今天抵离, 2026-11-22",
        "今天有谁到, 2026-11-22", "查看动态, 2026-11-22"
    })
    void aDaysMovesAskedInPlainWordsAreItsMovesBoard(String text, LocalDate day) {
        assertThat(onGamesDay(text))
                .isInstanceOfSatisfying(
                        Command.Moves.class, m -> assertThat(m.date()).isEqualTo(day));
    }

    @ParameterizedTest
    @CsvSource({
        "查看到达, ARRIVALS",
        "今天谁到, ARRIVALS",
        "到达情况, ARRIVALS",
        "今天有谁到, ARRIVALS",
        "明天谁走？, DEPARTURES",
        "明天离开名单, DEPARTURES",
        "查一下今天抵离, BOTH",
        "查看动态, BOTH"
    })
    void theMovesAskedInPlainWordsKeepWhichSideTheyAskAbout(String text, Command.Moves.Side side) {
        assertThat(onGamesDay(text))
                .isInstanceOfSatisfying(
                        Command.Moves.class, m -> assertThat(m.side()).isEqualTo(side));
    }

    @ParameterizedTest
    @ValueSource(strings = {"湖南今天到达", "今天到达32人", "明天离开", "今天到达的航班晚点了", "查看到达时间改了没", "谁到了说一声"})
    void aMoveWordInAReportOrTalkIsNoMovesBoard(String text) {
        assertThat(onGamesDay(text) instanceof Command.Moves).as(text).isFalse();
    }
}
