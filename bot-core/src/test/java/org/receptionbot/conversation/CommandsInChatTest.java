package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCancel;

class CommandsInChatTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private final ConversationFixture f = new ConversationFixture(TestEvents.withPeople());

    private String ask(String sender, String text) {
        return f.answerTo(sender, "2026-11-22T09:00", text);
    }

    private String askAt(String sender, String at, String text) {
        f.say(sender, at, text);
        return f.lastTo(GROUP).text();
    }

    @Test
    void theMealBoardIsAskedForWithASlashCommandOrChineseWords() {
        f.reads("晚饭少5人", new MealCancel("hunan", SUNDAY, "DINNER", 5));
        f.say("hunan-li", "2026-11-22T08:00", "晚饭少5人");

        String board = ask("tian", "/meals 晚餐");

        assertThat(board).startsWith("11月22日（周日）晚餐 用餐人数\n合计：80人\n【九院宾馆自助餐厅】80人 / 容量100人");
        assertThat(ask("tian", "查看晚餐")).isEqualTo(board);
        assertThat(ask("tian", "今天晚饭人数")).isEqualTo(board);
        assertThat(ask("tian", "查看明天午餐")).startsWith("11月23日（周一）午餐 用餐人数");
    }

    @Test
    void theHelpsExportExampleUsesTheEventsOwnDates() {
        var event = TestEvents.withPeople();
        String example =
                "/export " + event.start().getMonthValue() + "-" + event.start().getDayOfMonth() + " "
                        + event.end().getMonthValue() + "-" + event.end().getDayOfMonth();

        String help = ask("tian", "/help");

        assertThat(help).contains(example + " — 导出报表").doesNotContain("/export 11-20 11-25");
    }

    @Test
    void aVehicleCardGivesPlateDriverPhoneAndDelegation() {
        String card = ask("hunan-li", "3号车在哪？");

        assertThat(card).isEqualTo("3号车\n车牌：鄂Q·A1003\n司机：覃师傅\n电话：13700000003\n服务：湖南省代表团");
        assertThat(ask("hunan-li", "/car 3")).isEqualTo(card);
        assertThat(ask("hunan-li", "3号车司机电话多少")).isEqualTo(card);
        assertThat(ask("hunan-li", "3号车的司机是谁？")).isEqualTo(card);
        assertThat(ask("hunan-li", "/car 9")).isEqualTo("没有9号车。现有车辆：3号。");
    }

    @Test
    void onAnEventFileWithNoVehiclesAVehicleAskedForIsSaidToBeNoneListed() {
        var tree = TestEvents.tree("/events/event-with-people.yml");
        tree.remove("vehicles");
        var noVehicles = new ConversationFixture(TestEvents.read(tree));

        assertThat(noVehicles.answerTo("hunan-li", "2026-11-22T09:00", "3号车在哪"))
                .isEqualTo("没有3号车。活动文件中没有登记车辆，用车请联系协调组。");
    }

    @Test
    void unknownCommandsGetTheHelpAndMissingArgumentsAClearAnswer() {
        assertThat(ask("tian", "/frobnicate")).startsWith("没有“/frobnicate”这个指令").contains("/meals 明天 午餐");
        assertThat(ask("tian", "帮助")).startsWith("接待保障助手 使用说明");
        assertThat(ask("tian", "/actual 九院")).isEqualTo("请写明餐厅、餐次和人数，如“/actual 九院 午餐 412”。");
        assertThat(ask("tian", "/ack")).isEqualTo("请写明问题编号，如“/ack 12”。");
        assertThat(ask("tian", "/bind")).isEqualTo("您是协调组成员，可以修改所有代表团的记录，无需绑定。");
        assertThat(ask("stranger", "/bind")).isEqualTo("请写明代表团，如“/bind 湖南”。");
        assertThat(ask("tian", "本团情况")).isEqualTo("请写明代表团，如“/status 湖南”。");
        assertThat(ask("stranger", "本团情况")).startsWith("您还没有绑定代表团。");
        assertThat(ask("stranger", "/status 湖楠")).isEqualTo("没有找到代表团“湖楠”。您是不是要找：湖南省代表团？");
    }

    @Test
    void anIssueGetsANumberAndItsReporterHearsWhenItIsAcknowledgedAndResolved() {
        f.reads("房间没有热水", new Issue(IssueCategory.ROOM, "hunan", "房间没有热水"));
        IncomingMessage report = f.say("hunan-li", "2026-11-22T08:00", "房间没有热水");
        assertThat(f.lastTo(GROUP).text()).startsWith("已记录：问题#1 【住宿】湖南省代表团：房间没有热水（已转协调组）");
        assertThat(f.lastTo(COORDINATORS).text()).startsWith("新问题#1（李娜 08:00）：【住宿】湖南省代表团：房间没有热水");

        assertThat(ask("hunan-li", "/ack 1")).isEqualTo("抱歉，问题由协调组受理。");
        assertThat(ask("tian", "/ack 1")).isEqualTo("已更新：问题#1已由田主任受理，正在处理。\n【住宿】湖南省代表团：房间没有热水（报告人：李娜）");
        assertThat(ask("tian", "办结 1 已更换房间")).startsWith("已更新：问题#1已解决：已更换房间（田主任）");

        assertThat(f.outbox.sentTo(GROUP))
                .filteredOn(r -> report.messageId().equals(r.replyTo()))
                .hasSize(1);
        assertThat(ask("tian", "问题清单")).isEqualTo("目前没有待处理的问题。");
        assertThat(ask("tian", "/done 1")).isEqualTo("问题#1已是“已解决”状态，无需再处理。");
        assertThat(ask("tian", "/done 7 好了")).startsWith("没有编号为7的问题。");
    }

    @Test
    void undoingAMessageWhoseIssueWasAcknowledgedLeavesTheIssueAndSaysWhoHandlesIt() {
        f.reads("房间没有热水", new Issue(IssueCategory.ROOM, "hunan", "房间没有热水"));
        f.say("hunan-li", "2026-11-22T08:00", "房间没有热水");
        ask("tian", "/ack 1");

        assertThat(ask("hunan-li", "撤销")).contains("问题#1已由田主任受理，不随撤销撤回");
        assertThat(f.core.issueBook.find(1).orElseThrow().withdrawn()).isFalse();
    }

    @Test
    void undoingAMessageWhoseIssueIsStillOpenWithdrawsIt() {
        f.reads("房间没有热水", new Issue(IssueCategory.ROOM, "hunan", "房间没有热水"));
        f.say("hunan-li", "2026-11-22T08:00", "房间没有热水");

        assertThat(ask("hunan-li", "撤销")).startsWith("已撤销：");
        assertThat(f.core.issueBook.find(1).orElseThrow().withdrawn()).isTrue();
    }

    @Test
    void aLiaisonBindsToADelegationOnceACoordinatorConfirms() {
        f.reads("贵州晚饭不吃了", new MealCancel("guizhou", SUNDAY, "DINNER", null));
        f.say("newcomer", "2026-11-22T08:00", "/bind 贵州");
        assertThat(f.lastTo(GROUP).text()).isEqualTo("已提交绑定申请（贵州省代表团），待协调组确认后生效。");
        Reply request = f.lastTo(COORDINATORS);
        assertThat(request.text()).isEqualTo("newcomer申请绑定为贵州省代表团联络员，请协调组点“确认”或回复“确认”。");

        f.press("hunan-li", "2026-11-22T08:01", "r1", request.buttons().get(0).action());
        assertThat(f.lastTo(GROUP).text()).isEqualTo("抱歉，绑定申请需由协调组确认。");
        f.press("tian", "2026-11-22T08:02", "r1", request.buttons().get(0).action());

        f.say("newcomer", "2026-11-22T08:03", "贵州晚饭不吃了");
        assertThat(f.core.meals
                        .count(SUNDAY, TestEvents.withPeople().meal("DINNER").orElseThrow(), "guizhou")
                        .diners())
                .isZero();
    }

    @Test
    void aCoordinatorConfirmsABindRequestByTypingConfirm() {
        f.reads("贵州晚饭不吃了", new MealCancel("guizhou", SUNDAY, "DINNER", null));
        f.say("newcomer", "2026-11-22T08:00", "/bind 贵州");

        f.say("hunan-li", "2026-11-22T08:01", "确认");
        assertThat(f.lastTo(GROUP).text()).isNotEqualTo("已确认：newcomer为贵州省代表团联络员。");
        f.say("tian", "2026-11-22T08:02", "确认");
        assertThat(f.lastTo(GROUP).text()).isEqualTo("已确认：newcomer为贵州省代表团联络员。");

        f.say("newcomer", "2026-11-22T08:03", "贵州晚饭不吃了");
        assertThat(f.core.meals
                        .count(SUNDAY, TestEvents.withPeople().meal("DINNER").orElseThrow(), "guizhou")
                        .diners())
                .isZero();
        f.say("tian", "2026-11-22T08:04", "确认");
        assertThat(f.lastTo(GROUP).text()).isNotEqualTo("已确认：newcomer为贵州省代表团联络员。");
    }

    @Test
    void theActualDinersAreComparedWithTheBooking() {
        String answer = askAt("tian", "2026-11-22T13:00", "/actual 九院 午餐 120");

        assertThat(answer).isEqualTo("已登记：11月22日（周日）午餐 九院宾馆自助餐厅 实到120人，预订85人，多35人 ⚠请核实");
        assertThat(askAt("hunan-li", "2026-11-22T13:00", "/actual 九院 午餐 120")).isEqualTo("抱歉，实际就餐人数由协调组或餐饮保障组登记。");
        assertThat(askAt("tian", "2026-11-22T13:00", "查看午餐")).contains("实到120人，比预订多35人 ⚠请核实");
    }

    @Test
    void anActualCountFarAboveTheVenueIsHeldUntilConfirmedByReplyOrButton() {
        askAt("tian", "2026-11-22T13:00", "/actual 九院 午餐 90");

        assertThat(askAt("tian", "2026-11-22T13:00", "/actual 九院 午餐 5000")).isEqualTo("""
                请确认实际就餐人数（远超餐厅容量和预订人数）：
                11月22日（周日）午餐 九院宾馆自助餐厅 实到5000人（容量100人，预订85人）
                确认前不计入，查看该餐时列为“待确认”；当日结束前确认均有效。
                确认无误请点“确认”或回复“确认”；如有误请重新发送。""");
        assertThat(f.lastTo(GROUP).buttons()).extracting(b -> b.label()).containsExactly("确认");
        assertThat(askAt("tian", "2026-11-22T13:00", "查看午餐")).contains("实到90人");

        assertThat(askAt("tian", "2026-11-22T13:00", "确认"))
                .isEqualTo("已登记：11月22日（周日）午餐 九院宾馆自助餐厅 实到5000人（原登记90人），预订85人，多4915人 ⚠请核实");

        askAt("tian", "2026-11-22T19:00", "/actual 九院 晚餐 900");
        f.press(
                "tian",
                "2026-11-22T19:01",
                "x",
                f.lastTo(GROUP).buttons().get(0).action());
        assertThat(f.lastTo(GROUP).text()).startsWith("已登记：11月22日（周日）晚餐 九院宾馆自助餐厅 实到900人，");
    }

    @Test
    void myDelegationsStatusShowsMealsPlansVehiclesAndIssues() {
        String status = ask("hunan-li", "本团情况");

        assertThat(status)
                .startsWith("湖南省代表团（35人）\n住宿：九院宾馆；用餐：九院宾馆自助餐厅\n联络员：李娜 13900000001\n今日用餐：早餐35人（未报） 午餐35人（未报） 晚餐35人（未报）");
        assertThat(status)
                .contains("抵达：11月20日（周五）15:00 G1234；离开：11月26日（周四）09:00 K1158", "车辆：3号车 鄂Q·A1003，司机 覃师傅 13700000003");
    }

    @Test
    void movementsOfADayAreListed() {
        assertThat(ask("tian", "/moves 11-20")).isEqualTo("11月20日（周五） 抵离动态（1项）\n15:00 抵达 湖南省代表团 35人 G1234（按计划，未确认）");
        assertThat(ask("tian", "明天动态")).isEqualTo("11月23日（周一） 抵离动态：无抵离安排");
    }
}
