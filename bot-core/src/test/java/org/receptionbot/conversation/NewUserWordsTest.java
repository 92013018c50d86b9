package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.record.Departure;

/**
 * What new users wrote in a trial, read by the real parser over the bundled games sample (云南 55 people, 浙江 38,
 * 新疆 47 on bus 9, 湖南 35 on bus 3, 兵团 25).
 */
class NewUserWordsTest {
    private static final Event EVENT = SampleEvents.games();
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    private String ask(String sender, String at, String text) {
        return f.answerOrNull(sender, at, text);
    }

    @Test
    void aCoordinatorsPlainRepairResolvesTheIssueItNames() {
        ask("yunnan", "2026-11-22T09:00", "房间空调坏了");
        ask("zhejiang", "2026-11-22T09:01", "2208的马桶堵了");

        assertThat(ask("tian", "2026-11-22T09:30", "云南空调那个已经修好了")).startsWith("已更新：问题#1已解决");
        assertThat(ask("tian", "2026-11-22T09:31", "浙江2208的马桶修好了")).startsWith("已更新：问题#2已解决");
        assertThat(f.issue(1).state()).isEqualTo(IssueTicket.State.RESOLVED);
        assertThat(f.issue(2).state()).isEqualTo(IssueTicket.State.RESOLVED);
    }

    @Test
    void aProblemNamedAsSolvedIsResolvedButAQuestionWhetherItIsRepairedIsNot() {
        ask("zhejiang", "2026-11-22T09:00", "卫生间漏水");
        ask("zhejiang", "2026-11-22T09:30", "修好了吗？还在漏水");
        ask("tian", "2026-11-22T09:35", "浙江的漏水修好了吗");

        assertThat(f.issue(1).state()).isEqualTo(IssueTicket.State.OPEN);
        assertThat(ask("tian", "2026-11-22T09:40", "浙江那个问题解决了")).startsWith("已更新：问题#1已解决");
        assertThat(f.issue(1).state()).isEqualTo(IssueTicket.State.RESOLVED);
    }

    @Test
    void aFigureNoOpenIssueSaysIsLeftToTheParser() {
        ask("zhejiang", "2026-11-22T09:00", "2208的马桶堵了");
        ask("tian", "2026-11-22T09:30", "浙江3105的马桶修好了");

        assertThat(f.issue(1).state()).isEqualTo(IssueTicket.State.OPEN);
    }

    @Test
    void aDriversPhoneAskedBesideAPlanIsTheSendersVehicleAndRecordsNothing() {
        String answer = ask("hunan", "2026-11-22T09:00", "我们车10点15在酒店门口等 司机电话多少");

        assertThat(answer).isEqualTo("湖南省代表团用车：\n3号车 鄂Q·A1003，司机 覃师傅 13508190033");
        assertThat(f.ledger.activeMovements()).isEmpty();
        assertThat(f.core.issueBook.all()).isEmpty();
        assertThat(ask("hunan", "2026-11-22T09:01", "5号车司机电话")).contains("谭师傅").contains("13508190055");
        assertThat(ask("tian", "2026-11-22T09:02", "新疆的车下午3点到 司机电话多少")).contains("张师傅 13508190099");
    }

    @Test
    void whoArrivesOrLeavesOnADayInWordsIsThatDaysMovementsBoard() {
        ask("xinjiang", "2026-11-22T08:00", "我们明天早上8点走 全团47人");

        assertThat(ask("tian", "2026-11-22T09:00", "明天走的有哪些团"))
                .isEqualTo(ask("tian", "2026-11-22T09:00", "/moves 明天"))
                .contains("新疆维吾尔自治区代表团");
        // a day with none of the movements asked about says so plainly
        assertThat(ask("tian", "2026-11-22T09:01", "今天离开的有几个")).isEqualTo("11月22日（周日） 抵离动态：今日无离开");
        assertThat(ask("tian", "2026-11-22T09:02", "今天到的有几个团")).isEqualTo("11月22日（周日） 抵离动态：今日无抵达");
        assertThat(f.ledger.activeMovements()).hasSize(1);
    }

    @Test
    void aCoordinatorsMealAsYesterdayForADelegationIsAnsweredAsItsLiaisonsIs() {
        ask("bingtuan", "2026-11-21T09:00", "晚饭20人");

        ConversationFixture liaisons = ConversationFixture.parsing(EVENT);
        liaisons.say("bingtuan", "2026-11-21T09:00", "晚饭20人");

        String coordinators = ask("tian", "2026-11-22T09:00", "兵团晚饭和昨天一样");

        assertThat(coordinators)
                .isEqualTo(liaisons.answerTo("bingtuan", "2026-11-22T09:00", "晚饭和昨天一样"))
                .contains("新疆生产建设兵团代表团 11月22日（周日）晚餐 报餐20人")
                .endsWith("按昨天晚餐（20人）记录。");
        assertThat(f.diners(LocalDate.of(2026, 11, 22), "DINNER", "bingtuan")).isEqualTo(20);
    }

    @Test
    void aCoordinatorsMealAsYesterdayWithNoFigureYesterdayAsksWhy() {
        assertThat(ask("tian", "2026-11-22T09:00", "兵团晚饭和昨天一样")).startsWith("昨天晚餐没有该团的报餐记录，无法照此记录。");
    }

    @Test
    void aCorrectedFigureOfLeaversNamingNoDayReplacesTheDepartureItCorrects() {
        ask("hunan", "2026-11-22T09:00", "明天有3个人提前走 下午2点");

        String answer = ask("hunan", "2026-11-22T09:05", "刚才说错了 是4个人提前走 不是3个");

        assertThat(answer).startsWith("已有记录：湖南省代表团 11月23日（周一）14:00 离开 3人，已更新为4人");
        assertThat(f.ledger.activeMovements())
                .singleElement()
                .satisfies(e -> assertThat(((Departure) e.record()).count()).isEqualTo(4));
        assertThat(f.diners(MONDAY, "DINNER", "hunan")).isEqualTo(31);
    }

    @Test
    void aCorrectionReadAsTwoDeparturesStillCountsOnlyTheCorrectedOne() {
        ConversationFixture canned = new ConversationFixture(EVENT);
        canned.reads("明天有3个人提前走 下午2点", new Departure("hunan", MONDAY, LocalTime.of(14, 0), 3, null, null));
        canned.reads(
                "刚才说错了 是4个人提前走 不是3个",
                new Departure("hunan", MONDAY, null, 4, null, null),
                new Departure("hunan", MONDAY, null, 3, null, null));
        canned.say("hunan", "2026-11-22T09:00", "明天有3个人提前走 下午2点");

        String answer = canned.answerTo("hunan", "2026-11-22T09:05", "刚才说错了 是4个人提前走 不是3个");

        assertThat(answer).startsWith("已有记录：湖南省代表团 11月23日（周一）14:00 离开 3人，已更新为4人");
        assertThat(canned.diners(MONDAY, "DINNER", "hunan")).isEqualTo(31);
    }

    @Test
    void aWholeDepartureOfFewerPeopleThanTheDelegationNamesThoseLeftBehind() {
        String answer = ask("xinjiang", "2026-11-22T09:00", "新疆明天走 早上8点退房 一共35人 大巴送站");

        assertThat(answer)
                .startsWith("已记录：新疆维吾尔自治区代表团 11月23日（周一）08:00 离开 35人")
                .endsWith("新疆维吾尔自治区代表团共47人，本次离开35人，其余12人的安排请另报。");
        assertThat(f.ledger.activeMovements()).hasSize(1);
        assertThat(f.diners(MONDAY, "DINNER", "xinjiang")).isEqualTo(12);
    }

    @Test
    void aWholeDepartureOfTheDelegationsSizeOrAfterTheOthersLeftSaysNothingMore() {
        assertThat(ask("tian", "2026-11-22T09:00", "新疆明天走 早上8点退房 一共47人 大巴送站")).doesNotContain("其余");
        assertThat(ask("hunan", "2026-11-22T09:01", "有5个人明天早上6点先走")).doesNotContain("其余");
        assertThat(ask("hunan", "2026-11-22T09:02", "其他人明天下午走 一共30人")).doesNotContain("其余");
    }

    @Test
    void aNoWithAReasonToTheCheckOutQuestionIsAnsweredAndRecordsNoDeparture() {
        assertThat(ask("hunan", "2026-11-22T09:00", "湖南明天中午12点退房")).contains("离会吗？");

        String answer = ask("hunan", "2026-11-22T09:01", "不是 换到九院宾馆住");

        assertThat(answer).startsWith("好的，未记录离会。").contains("换到九院宾馆住");
        assertThat(f.ledger.activeMovements()).isEmpty();
    }

    @Test
    void aNoWithAnotherDayToTheCheckOutQuestionIsReadAsAMessageOfItsOwn() {
        ask("hunan", "2026-11-22T09:00", "湖南明天中午12点退房");

        assertThat(ask("hunan", "2026-11-22T09:01", "不是 后天中午走")).doesNotStartWith("好的，未记录离会。");
    }
}
