package org.receptionbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;

class CommandParserTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final CommandParser parser = new CommandParser(TestEvents.reference());

    private Command parse(String text) {
        return parser.parse(text, TODAY).orElse(null);
    }

    @Test
    void mealBoardsBySlashOrWordsWithDates() {
        assertThat(parse("/meals 午餐")).isEqualTo(new Command.Meals(TODAY, "LUNCH"));
        assertThat(parse("/meals 明天 早餐")).isEqualTo(new Command.Meals(TODAY.plusDays(1), "BREAKFAST"));
        assertThat(parse("/meals@reception_bot 11月25日 晚饭"))
                .isEqualTo(new Command.Meals(LocalDate.of(2026, 11, 25), "DINNER"));
        assertThat(parse("查看午餐")).isEqualTo(new Command.Meals(TODAY, "LUNCH"));
        assertThat(parse("明天早餐")).isEqualTo(new Command.Meals(TODAY.plusDays(1), "BREAKFAST"));
        assertThat(parse("23号宵夜人数")).isEqualTo(new Command.Meals(LocalDate.of(2026, 11, 23), "LATE_NIGHT"));
        assertThat(parse("/meals")).isEqualTo(new Command.Meals(TODAY, null));
    }

    @Test
    void aRoutesListOnAnEventWithoutVisitsIsAnsweredAsTheVisitsCommand() {
        assertThat(parse("北海线名单")).isEqualTo(new Command.Visits(null));
    }

    @Test
    void liaisonMessagesAreNotCommands() {
        assertThat(parse("午餐35人")).isNull();
        assertThat(parse("晚饭不吃了")).isNull();
        assertThat(parse("湖南团明天早餐少5人")).isNull();
        assertThat(parse("收到")).isNull();
    }

    @Test
    void theOtherCommandsAndTheirChineseWords() {
        assertThat(parse("今日动态")).isEqualTo(new Command.Moves(TODAY));
        assertThat(parse("/moves 明天")).isEqualTo(new Command.Moves(TODAY.plusDays(1)));
        assertThat(parse("问题清单")).isEqualTo(new Command.Issues());
        assertThat(parse("本团情况")).isEqualTo(new Command.Status(null));
        assertThat(parse("/status 湖南")).isEqualTo(new Command.Status("湖南"));
        assertThat(parse("本团情况 北京")).isEqualTo(new Command.Status("北京"));
        assertThat(parse("湖南本团情况")).isEqualTo(new Command.Status("湖南"));
        assertThat(parse("代表团情况 湖南")).isEqualTo(new Command.Status("湖南"));
        assertThat(parse("3号车在哪")).isEqualTo(new Command.Car("3"));
        assertThat(parse("10号车司机电话多少")).isEqualTo(new Command.Car("10"));
        assertThat(parse("12号大巴在哪里？")).isEqualTo(new Command.Car("12"));
        assertThat(parse("撤销")).isEqualTo(new Command.Undo());
        assertThat(parse("/bind 湖南")).isEqualTo(new Command.Bind("湖南"));
        assertThat(parse("受理 12")).isEqualTo(new Command.Ack(12));
        assertThat(parse("/ack 3 已派医生")).isEqualTo(new Command.Ack(3, "已派医生"));
        assertThat(parse("受理3 已派医生")).isEqualTo(new Command.Ack(3, "已派医生"));
        assertThat(parse("/done 12 已更换房间")).isEqualTo(new Command.Done(12, "已更换房间"));
        assertThat(parse("办结12 已更换房间")).isEqualTo(new Command.Done(12, "已更换房间"));
        assertThat(parse("/actual 九院 午餐 412")).isEqualTo(new Command.Actual("九院", "LUNCH", 412, TODAY));
        assertThat(parse("/export 11-20 11-25"))
                .isEqualTo(new Command.Export(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 25)));
        assertThat(parse("/whatever")).isEqualTo(new Command.Unknown("/whatever"));
    }

    @Test
    void wordsAboutAnIssueByItsNumberResolveOrAcknowledgeIt() {
        assertThat(parse("3号问题已办结，队员已送医院")).isEqualTo(new Command.Done(3, "队员已送医院"));
        assertThat(parse("问题3已解决")).isEqualTo(new Command.Done(3, null));
        assertThat(parse("#3 处理好了 换了新空调")).isEqualTo(new Command.Done(3, "换了新空调"));
        assertThat(parse("3号问题搞定")).isEqualTo(new Command.Done(3, null));
        assertThat(parse("3号问题收到 在处理")).isEqualTo(new Command.Ack(3, null));
        assertThat(parse("问题3 已安排医生")).isEqualTo(new Command.Ack(3, "已安排医生"));
        assertThat(parse("2号问题收到 已派医生过去了")).isEqualTo(new Command.Ack(2, "已派医生过去了"));
        assertThat(parse("1号问题收到 已通知酒店")).isEqualTo(new Command.Ack(1, "已通知酒店"));
        assertThat(parse("4号问题收到")).isEqualTo(new Command.Ack(4, null));
        assertThat(parse("受理5号问题 已联系车队")).isEqualTo(new Command.Ack(5, "已联系车队"));
        assertThat(parse("办结5号问题 车已到")).isEqualTo(new Command.Done(5, "车已到"));
    }

    @Test
    void aVehicleByNumberWithWhoFollowsItIsItsCard() {
        assertThat(parse("9号车是谁在跟")).isEqualTo(new Command.Car("9"));
        assertThat(parse("7号车谁跟车？")).isEqualTo(new Command.Car("7"));
        assertThat(parse("6号车随车联络员电话")).isEqualTo(new Command.Car("6"));
        assertThat(parse("6号车跟车的是谁")).isEqualTo(new Command.Car("6"));
    }

    @Test
    void shiDaoIsTheActualDinersCommandOnlyWithAVenueOrAMeal() {
        assertThat(parse("实到 九院 午餐 412")).isInstanceOf(Command.Actual.class);
        assertThat(parse("实到 四十来个吧 还在点")).isNull();
        assertThat(parse("实到 40人")).isNull();
    }

    @Test
    void wordsWithoutAnIssueNumberOrAStepAreNoIssueCommand() {
        assertThat(parse("房间问题已解决")).isNull();
        assertThat(parse("3号问题还没人管")).isNull();
        assertThat(parse("问题3个已处理")).isNull();
    }

    @Test
    void exportTakesItsDatesInChineseWordsToo() {
        assertThat(parse("导出")).isEqualTo(new Command.Export(null, null));
        assertThat(parse("导出 昨天")).isEqualTo(new Command.Export(TODAY.minusDays(1), null));
        assertThat(parse("导出报表 11-22")).isEqualTo(new Command.Export(TODAY, null));
        assertThat(parse("导出 11月20日至11月22日")).isEqualTo(new Command.Export(LocalDate.of(2026, 11, 20), TODAY));
    }

    @Test
    void aRangeGivenBackwardsIsTurnedRound() {
        assertThat(parse("/export 11-25 11-20"))
                .isEqualTo(new Command.Export(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 25)));
    }

    @Test
    void anImpossibleOrUnreadableDateIsAnsweredWithWhyNotToday() {
        assertThat(parse("/export 11-31")).isEqualTo(new Command.Refused("没有11月31日。"));
        assertThat(parse("导出 2月30日")).isEqualTo(new Command.Refused("没有2月30日。"));
        assertThat(parse("/moves 31号")).isEqualTo(new Command.Refused("11月没有31日。"));
        assertThat(parse("导出 下周")).isInstanceOf(Command.Refused.class);
        assertThat(parse("/moves 下周")).isEqualTo(new Command.Unknown("/moves 下周"));
    }

    @Test
    void aNumberThatIsNotADateStaysWhatItIs() {
        assertThat(parse("/car 31号")).isEqualTo(new Command.Car("31"));
        assertThat(parse("/remind 明天07:30 31号车出发")).isEqualTo(new Command.Remind("明天07:30 31号车出发"));
    }

    @Test
    void anUndoSaidToBeAMistakeIsARedoAndKnowsWhenTheMessageGivesFiguresBesides() {
        assertThat(parse("刚才撤销错了")).isEqualTo(new Command.Redo(false));
        assertThat(parse("撤销错了 恢复一下")).isEqualTo(new Command.Redo(false));
        assertThat(parse("把刚才撤销的恢复一下")).isEqualTo(new Command.Redo(false));
        assertThat(parse("不该撤回的")).isEqualTo(new Command.Redo(false));
        assertThat(parse("湖北那10个人还是下午3点走 坐G571 刚才撤销错了")).isEqualTo(new Command.Redo(true));
        assertThat(parse("撤销")).isEqualTo(new Command.Undo());
        assertThat(parse("湖南今晚少5人")).isNull();
    }
}
