package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.ButtonAction;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReader;
import org.receptionbot.event.EventReading;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.parse.MessageParser;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;
import org.receptionbot.visit.VisitBoards;

/**
 * Visit reports and changes in the group: recorded in the visit ledger, answered with each route's
 * figure before and after, taken back by undo, asked about when the route is missing or when more
 * people would leave a route than the delegation has there. Routes on the 24th: 北海线 plans 湖南 2,
 * 贵州 20; 柳州线 plans 贵州 10.
 */
class VisitsInChatTest {
    private static final String RESOURCE = "/events/event-with-visits.yml";
    private static final Event EVENT =
            ((EventReading.Valid) EventReader.read(RESOURCE, TestEvents.tree(RESOURCE))).event();
    private final ConversationFixture f = new ConversationFixture(EVENT);
    private final VisitBoards boards = new VisitBoards(EVENT, f.ledger);

    private Reply ask(String sender, String at, String text) {
        f.say(sender, at, text);
        return f.lastTo(GROUP);
    }

    private int people(String route, String delegation) {
        return boards.list(route).orElseThrow().people(delegation);
    }

    @Test
    void aRouteFigureIsRecordedAndAnsweredWithTheFigureItReplaces() {
        f.reads("北海线3人", new Visit("hunan", "beihai", 3));

        assertThat(ask("hunan-li", "2026-11-22T09:00", "北海线3人").text()).isEqualTo("""
                已记录：湖南省代表团 北海线 3人
                北海线：湖南省代表团 3人（原2人）
                北海线合计23人（计划22人，座位45个）""");
        assertThat(people("beihai", "hunan")).isEqualTo(3);
    }

    @Test
    void aPersonSwitchingRoutesLeavesTheOneRouteAndJoinsTheOther() {
        f.reads("李处改去柳州", new VisitChange("hunan", 1, null, "liuzhou"));

        assertThat(ask("hunan-li", "2026-11-22T09:00", "李处改去柳州").text())
                .contains("北海线：湖南省代表团 1人（原2人）", "柳州线：湖南省代表团 1人（原0人）");
        assertThat(people("liuzhou", "hunan")).isEqualTo(1);
    }

    @Test
    void undoTakesAVisitChangeBackOffTheRoutes() {
        f.reads("我们厅不去考察了", new VisitChange("hunan", null, null, null));
        var message = f.say("hunan-li", "2026-11-22T09:00", "我们厅不去考察了");
        assertThat(people("beihai", "hunan")).isZero();

        f.press("hunan-li", "2026-11-22T09:01", message.messageId(), new ButtonAction.Undo(message.messageId()).data());

        assertThat(people("beihai", "hunan")).isEqualTo(2);
    }

    @Test
    void takingMorePeopleOffARouteThanAreOnItIsConfirmedBeforeItIsRecorded() {
        f.reads("北海线少3人", new VisitChange("hunan", 3, "beihai", null));

        Reply question = ask("hunan-li", "2026-11-22T09:00", "北海线少3人");

        assertThat(question.kind()).isEqualTo(Reply.Kind.QUESTION);
        assertThat(question.text()).contains("湖南省代表团 3人 不参加北海线考察（该团现有：北海线2人）").endsWith("如有误请回复“不对，是××人”或重新发送。");
        assertThat(people("beihai", "hunan")).isEqualTo(2);
        assertThat(ask("hunan-li", "2026-11-22T09:01", "确认").text()).contains("北海线：湖南省代表团 0人（原2人）");
        assertThat(people("beihai", "hunan")).isZero();
    }

    @Test
    void aHeldVisitChangeCorrectedInWordsIsRecordedWithTheCorrectedFigure() {
        f.reads("北海线少3人", new VisitChange("hunan", 3, "beihai", null));
        ask("hunan-li", "2026-11-22T09:00", "北海线少3人");

        assertThat(ask("hunan-li", "2026-11-22T09:01", "不对，是1人").text()).contains("北海线：湖南省代表团 1人（原2人）");
        assertThat(people("beihai", "hunan")).isEqualTo(1);
    }

    @Test
    void aVisitWithoutARouteIsAskedAndTheAnswerNamesIt() {
        f.reads(
                "我们报名考察3人",
                new ParseOutcome.Incomplete(
                        List.of(), List.of(new Gap(Gap.Field.ROUTE, new Visit("hunan", null, 3), "我们报名考察3人"))));

        assertThat(ask("hunan-li", "2026-11-22T09:00", "我们报名考察3人").text()).startsWith("请问是哪条考察线路？");
        assertThat(ask("hunan-li", "2026-11-22T09:01", "柳州").text()).contains("柳州线：湖南省代表团 3人（原0人）");
        assertThat(people("liuzhou", "hunan")).isEqualTo(3);
    }

    @Test
    void aDropOutThatNamesNoRouteOfSeveralIsAskedAndTheAnswerNamesTheRouteLeft() {
        f.reads("有2人不去考察了", new VisitChange("guizhou", 2, null, null));

        assertThat(ask("guizhou-wang", "2026-11-22T09:00", "有2人不去考察了").text()).startsWith("请问是哪条考察线路？");
        assertThat(people("beihai", "guizhou")).isEqualTo(20);
        assertThat(people("liuzhou", "guizhou")).isEqualTo(10);
        assertThat(ask("guizhou-wang", "2026-11-22T09:01", "柳州").text()).contains("柳州线：贵州省代表团 8人（原10人）");
        assertThat(people("beihai", "guizhou")).isEqualTo(20);
    }

    @Test
    void aDropOutThatNamesNoRouteLeavesTheDelegationsOneRoute() {
        f.reads("王处不去考察了", new VisitChange("hunan", 1, null, null));

        assertThat(ask("hunan-li", "2026-11-22T09:00", "王处不去考察了").text())
                .contains("北海线：湖南省代表团 1人（原2人）")
                .doesNotContain("请问");
        assertThat(people("beihai", "hunan")).isEqualTo(1);
    }

    @Test
    void aDropOutFromARouteWithNoneOfTheDelegationIsAskedNotRecorded() {
        f.reads("柳州线少1个", new VisitChange("hunan", 1, "liuzhou", null));

        Reply question = ask("hunan-li", "2026-11-22T09:00", "柳州线少1个");

        assertThat(question.kind()).isEqualTo(Reply.Kind.QUESTION);
        assertThat(question.text()).startsWith("请问是哪条考察线路？");
        assertThat(people("beihai", "hunan")).isEqualTo(2);
        assertThat(ask("hunan-li", "2026-11-22T09:01", "北海").text()).contains("北海线：湖南省代表团 1人（原2人）");
        assertThat(people("beihai", "hunan")).isEqualTo(1);
    }

    @Test
    void theParserReadingOfASwitchIsRecordedOnBothRoutes() {
        String text = "李处改去柳州，他原来报的是北海线";
        f.reads(text, new MessageParser(EVENT).parse(text, ConversationFixture.time("2026-11-22T09:00"), "hunan"));

        assertThat(ask("hunan-li", "2026-11-22T09:00", text).text())
                .startsWith("已记录：湖南省代表团 1人 由北海线改为柳州线")
                .contains("北海线：湖南省代表团 1人（原2人）", "柳州线：湖南省代表团 1人（原0人）");
    }

    @Test
    void anAdditionFromADelegationOnAnotherRouteIsAskedAndTheReplyAddsPeople() {
        f.reads("北海线再加1人", new VisitChange("guizhou", 1, null, "beihai"));

        Reply question = ask("guizhou-wang", "2026-11-22T09:00", "北海线再加1人");

        assertThat(question.kind()).isEqualTo(Reply.Kind.QUESTION);
        assertThat(question.text()).contains("该团现有北海线20人、柳州线10人", "新增人员，还是从柳州线调整过来");
        assertThat(people("beihai", "guizhou")).isEqualTo(20);
        assertThat(ask("guizhou-wang", "2026-11-22T09:01", "新增").text()).contains("北海线：贵州省代表团 21人（原20人）");
        assertThat(people("liuzhou", "guizhou")).isEqualTo(10);
    }

    @Test
    void anAdditionOfPeopleSaidToBeNewIsRecordedWithoutAQuestionEvenWithPeopleOnAnotherRoute() {
        String text = "北海线再加1人 刚从北京赶过来的";
        f.reads(text, new VisitChange("guizhou", 1, null, "beihai"));

        assertThat(ask("guizhou-wang", "2026-11-22T09:00", text).text())
                .startsWith("已记录")
                .doesNotContain("调整");
        assertThat(people("beihai", "guizhou")).isEqualTo(21);
        assertThat(people("liuzhou", "guizhou")).isEqualTo(10);
    }

    @Test
    void peopleWhoHadNotSignedUpJoiningARouteAreAddedWithoutTakingAnyoneOffTheDelegationsOtherRoute() {
        String text = "原来没报考察，现在有1位处长想跟柳州线去看看";
        f.reads(text, new VisitChange("hunan", 1, null, "liuzhou"));

        Reply answer = ask("hunan-li", "2026-11-22T09:00", text);

        assertThat(answer.kind()).isEqualTo(Reply.Kind.RECEIPT);
        assertThat(answer.text()).contains("柳州线：湖南省代表团 1人（原0人）").doesNotContain("北海线：湖南省代表团");
        assertThat(people("liuzhou", "hunan")).isEqualTo(1);
        assertThat(people("beihai", "hunan")).isEqualTo(2);
    }

    @Test
    void anAdditionSaidToBeExtraPeopleIsRecordedWithoutAQuestionWhateverTheOtherRoutesHold() {
        String text = "北海线另外新增2人";
        f.reads(text, new VisitChange("guizhou", 2, null, "beihai"));

        assertThat(ask("guizhou-wang", "2026-11-22T09:00", text).text())
                .startsWith("已记录")
                .doesNotContain("调整");
        assertThat(people("beihai", "guizhou")).isEqualTo(22);
        assertThat(people("liuzhou", "guizhou")).isEqualTo(10);
    }

    @Test
    void anAdditionNamingNoRouteLeftFromADelegationOnOneOtherRouteIsAskedAndTheSwitchAnswerMovesPeople() {
        f.reads("柳州线加1人", new VisitChange("hunan", 1, null, "liuzhou"));

        Reply question = ask("hunan-li", "2026-11-22T09:00", "柳州线加1人");

        assertThat(question.kind()).isEqualTo(Reply.Kind.QUESTION);
        assertThat(question.text()).contains("该团现有北海线2人、柳州线0人", "还是从北海线调整过来");
        assertThat(people("beihai", "hunan")).isEqualTo(2);
        assertThat(people("liuzhou", "hunan")).isZero();
        ask("hunan-li", "2026-11-22T09:01", "调整");
        assertThat(people("beihai", "hunan")).isEqualTo(1);
        assertThat(people("liuzhou", "hunan")).isEqualTo(1);
    }

    @Test
    void anAdditionCompletedByNamingTheDelegationIsAskedAboutNotTakenOffTheDelegationsOtherRoute() {
        f.reads(
                "柳州线加1人",
                new ParseOutcome.Incomplete(
                        List.of(),
                        List.of(new Gap(Gap.Field.DELEGATION, new VisitChange(null, 1, null, "liuzhou"), "柳州线加1人"))));
        ask("tian", "2026-11-22T09:00", "柳州线加1人");

        Reply question = ask("tian", "2026-11-22T09:01", "湖南");

        assertThat(question.kind()).isEqualTo(Reply.Kind.QUESTION);
        assertThat(question.text()).contains("新增人员，还是从北海线调整过来");
        assertThat(people("beihai", "hunan")).isEqualTo(2);
        ask("tian", "2026-11-22T09:02", "新增");
        assertThat(people("beihai", "hunan")).isEqualTo(2);
        assertThat(people("liuzhou", "hunan")).isEqualTo(1);
    }

    @Test
    void anAdditionAnsweredAsASwitchMovesPeopleFromTheOtherRoute() {
        f.reads("北海线加2人", new VisitChange("guizhou", 2, null, "beihai"));
        ask("guizhou-wang", "2026-11-22T09:00", "北海线加2人");

        ask("guizhou-wang", "2026-11-22T09:01", "调整");

        assertThat(people("beihai", "guizhou")).isEqualTo(22);
        assertThat(people("liuzhou", "guizhou")).isEqualTo(8);
    }

    @Test
    void anAdditionFromADelegationOnNoOtherRouteIsRecordedWithoutAQuestion() {
        f.reads("北海线加1人", new VisitChange("hunan", 1, null, "beihai"));

        assertThat(ask("hunan-li", "2026-11-22T09:00", "北海线加1人").text()).startsWith("已记录");
        assertThat(people("beihai", "hunan")).isEqualTo(3);
    }

    @Test
    void aChangeAfterTheBusesLeftIsWarnedAndToldToTheCoordinators() {
        f.reads("北海线加1人", new VisitChange("hunan", 1, null, "beihai"));

        assertThat(ask("hunan-li", "2026-11-24T14:00", "北海线加1人").text()).contains("⚠北海线车辆已于13:30出发", "本次变更已通知协调组");
        assertThat(f.lastTo(ConversationFixture.COORDINATORS).text())
                .startsWith("⚠考察车辆出发后变更（李娜")
                .contains("北海线：湖南省代表团 3人（原2人）");
    }

    @Test
    void aChangeBeforeTheBusesLeaveCarriesNoWarning() {
        f.reads("北海线加1人", new VisitChange("hunan", 1, null, "beihai"));

        assertThat(ask("hunan-li", "2026-11-24T13:00", "北海线加1人").text()).doesNotContain("出发");
        assertThat(f.outbox.sentTo(ConversationFixture.COORDINATORS)).isEmpty();
    }

    @Test
    void everyoneAboardTheOneBusOfARouteIsCountedAsTheRoutesPeople() {
        f.reads(
                "5号车人齐了",
                new ParseOutcome.Incomplete(
                        List.of(),
                        List.of(new Gap(
                                Gap.Field.COUNT, new org.receptionbot.record.Headcount("5", 0, null), "5号车人齐了"))));

        assertThat(ask("tian", "2026-11-24T13:20", "5号车人齐了").text()).contains("5号车", "22人", "按该车应到人数记录");
    }

    @Test
    void aSignUpRepeatingTheFigureHeldIsNoChangeOnTheList() {
        f.reads("北海线我们2人", new Visit("hunan", "beihai", 2));

        ask("hunan-li", "2026-11-22T09:00", "北海线我们2人");

        assertThat(boards.list("beihai").orElseThrow().changes()).isEmpty();
    }

    @Test
    void movingOverOnlyMovesThePeopleTheOtherRouteHoldsAndSaysTheFigureStaysAboveTheSize() {
        f.reads("柳州线36人", new Visit("hunan", "liuzhou", 36));

        assertThat(ask("hunan-li", "2026-11-22T09:00", "柳州线36人").text())
                .contains("选“调整”：2人从北海线调过来，北海线改为0人，柳州线为36人（⚠该团共计36人，多于全团35人）");
    }

    @Test
    void aSignUpAskedAboutTakesACorrectedFigure() {
        f.reads("柳州线34人", new Visit("hunan", "liuzhou", 34));
        ask("hunan-li", "2026-11-22T09:00", "柳州线34人");

        assertThat(ask("hunan-li", "2026-11-22T09:01", "不对，是3人").text()).contains("柳州线：湖南省代表团 3人（原0人）");
        assertThat(people("liuzhou", "hunan")).isEqualTo(3);
    }

    @Test
    void addingPeoplePastTheDelegationsSizeIsAnsweredWithAWarningNamingTheSize() {
        f.reads("柳州线34人", new Visit("hunan", "liuzhou", 34));
        ask("hunan-li", "2026-11-22T09:00", "柳州线34人");

        assertThat(ask("hunan-li", "2026-11-22T09:01", "新增").text()).contains("⚠湖南省代表团考察共计36人，多于全团35人");
    }

    @Test
    void aSignUpPuttingMorePeopleOnTheRoadThanTheDelegationHasAsksWhetherTheyMoveOrAreMore() {
        f.reads("柳州线34人", new Visit("hunan", "liuzhou", 34));

        Reply question = ask("hunan-li", "2026-11-22T09:00", "柳州线34人");

        assertThat(question.kind()).isEqualTo(Reply.Kind.QUESTION);
        assertThat(question.text())
                .startsWith("湖南省代表团共35人，北海线已有2人：柳州线34人是从北海线调整，还是另外新增？")
                .contains("选“调整”：2人从北海线调过来，北海线改为0人，柳州线为34人；选“新增”：其他线路不变，该团共计36人，⚠多于全团35人。")
                .contains("如人数有误，请回复“不对，是××人”。");
        assertThat(people("liuzhou", "hunan")).isZero();

        assertThat(ask("hunan-li", "2026-11-22T09:01", "调整").text())
                .contains("柳州线：湖南省代表团 34人（原0人）", "北海线：湖南省代表团 0人（原2人）");
        assertThat(people("liuzhou", "hunan")).isEqualTo(34);
        assertThat(people("beihai", "hunan")).isZero();
    }

    @Test
    void aSwitchAnswerMovesOnlyThePeopleTheReportAddsToItsRoute() {
        f.reads("北海线45人", new Visit("guizhou", "beihai", 45));
        ask("guizhou-wang", "2026-11-22T09:00", "北海线45人");

        assertThat(ask("guizhou-wang", "2026-11-22T09:01", "调整").text())
                .contains("北海线：贵州省代表团 45人（原20人）", "柳州线：贵州省代表团 0人（原10人）");
    }

    @Test
    void aSignUpLargerThanTheDelegationOnItsOnlyRouteIsConfirmedNamingItsSize() {
        f.reads("北海线我们去40人", new Visit("hunan", "beihai", 40));

        Reply question = ask("hunan-li", "2026-11-22T09:00", "北海线我们去40人");

        assertThat(question.kind()).isEqualTo(Reply.Kind.QUESTION);
        assertThat(question.text()).contains("湖南省代表团 北海线 2人→40人，该团共35人");
        assertThat(people("beihai", "hunan")).isEqualTo(2);
        assertThat(ask("hunan-li", "2026-11-22T09:01", "确认").text()).contains("北海线：湖南省代表团 40人（原2人）");
    }

    @Test
    void aHeldSignUpAboveTheSizeCorrectedInWordsIsRecordedWithTheCorrectedFigure() {
        f.reads("北海线我们去40人", new Visit("hunan", "beihai", 40));
        ask("hunan-li", "2026-11-22T09:00", "北海线我们去40人");

        assertThat(ask("hunan-li", "2026-11-22T09:01", "不对，是4人").text()).contains("北海线：湖南省代表团 4人（原2人）");
        assertThat(people("beihai", "hunan")).isEqualTo(4);
    }

    @Test
    void anAdditionOnTheDelegationsOwnRouteAddsPeopleAndIsNotReadAsASwitch() {
        f.reads("北海线再加1人", new VisitChange("hunan", 1, null, "beihai"));

        assertThat(ask("hunan-li", "2026-11-22T09:00", "北海线再加1人").text())
                .startsWith("已记录：湖南省代表团 北海线 3人")
                .contains("北海线：湖南省代表团 3人（原2人）")
                .doesNotContain("改");
    }

    @Test
    void anAdditionAboveTheSizeOnItsOwnRouteIsAskedAndANewPeopleAnswerRecordsIt() {
        f.reads("北海线再加34人", new VisitChange("hunan", 34, null, "beihai"));

        Reply question = ask("hunan-li", "2026-11-22T09:00", "北海线再加34人");

        assertThat(question.kind()).isEqualTo(Reply.Kind.QUESTION);
        assertThat(question.text()).contains("湖南省代表团 北海线 2人→36人，该团共35人");
        assertThat(people("beihai", "hunan")).isEqualTo(2);
        assertThat(ask("hunan-li", "2026-11-22T09:01", "新增").text()).contains("北海线：湖南省代表团 36人（原2人）");
    }

    @Test
    void aMoveIntoARouteThatWouldHoldMoreThanTheDelegationIsConfirmed() {
        f.reads("李处改去北海", new VisitChange("hunan", 34, null, "beihai"));

        assertThat(ask("hunan-li", "2026-11-22T09:00", "李处改去北海").text()).contains("2人→36人，该团共35人");
        assertThat(people("beihai", "hunan")).isEqualTo(2);
    }

    @Test
    void aNewPeopleOrSwitchAnswerWithNoQuestionOpenIsAnswered() {
        Reply reply = ask("hunan-li", "2026-11-22T09:00", "新增");

        assertThat(reply.text()).startsWith("目前没有需要您回答的问题");
        assertThat(ask("hunan-li", "2026-11-22T09:01", "调整").text()).startsWith("目前没有需要您回答的问题");
    }

    @Test
    void aSignUpWithinTheDelegationsSizeIsRecordedWithoutAQuestion() {
        f.reads("柳州线33人", new Visit("hunan", "liuzhou", 33));

        assertThat(ask("hunan-li", "2026-11-22T09:00", "柳州线33人").text()).startsWith("已记录：");
        assertThat(people("liuzhou", "hunan")).isEqualTo(33);
    }

    @Test
    void aConfirmedChangeThatMovesNoOneNamesTheRouteThatIsUnchanged() {
        // with no one on any route left, a drop-out from a route is confirmed, not asked which route
        f.reads("我们厅不去考察了", new VisitChange("hunan", null, null, null));
        ask("hunan-li", "2026-11-24T08:50", "我们厅不去考察了");
        f.reads("柳州线少3人", new VisitChange("hunan", 3, "liuzhou", null));
        ask("hunan-li", "2026-11-24T09:00", "柳州线少3人");

        assertThat(ask("hunan-li", "2026-11-24T09:01", "确认").text())
                .contains("（柳州线人数未变）")
                .doesNotContain("考察人数未变");
    }
}
