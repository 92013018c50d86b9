package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.ledger.IssueTicket;

/**
 * The thirty-first trial's issue loop, read by the real parser on the bundled games sample: a coordinator's step
 * naming an issue by its words is read when it also names a bus, room, time or phone, its note only what is new; the
 * reporter's news on their open issue is added to it; words that could mean two issues are asked about.
 */
class IssueLoopStepsTest {

    private static ConversationFixture games() {
        return ConversationFixture.parsing(SampleEvents.games());
    }

    private static IssueTicket.State state(ConversationFixture f, int number) {
        return f.issue(number).state();
    }

    /** One report and one coordinator's step on it: the reporter, the report, the coordinator, the step. */
    private record Step(String reporter, String report, String coordinator, String step, String answer) {}

    @Test
    void theTrialsLoopIsAcknowledgedGivenNewsAndResolvedWithOnlyWhatIsNew() {
        ConversationFixture f = games();
        f.answerTo("guangxi", "2026-11-23T08:05", "老师 我们有个队员早上训练把脚崴了 肿的厉害 能不能安排个车送下医院");

        assertThat(f.answerTo("xiang", "2026-11-23T08:10", "广西那个崴脚的收到了 已安排6号车彭师傅过去接 送县医院"))
                .startsWith("已更新：问题#1已由向春梅受理，正在处理：已安排6号车彭师傅过去接 送县医院\n");
        assertThat(state(f, 1)).isEqualTo(IssueTicket.State.ACKNOWLEDGED);

        assertThat(f.answerTo("guangxi", "2026-11-23T10:10", "那个崴脚的队员拍了片子没骨折 已经回酒店休息了 谢谢老师们"))
                .contains("已补充到问题#1")
                .contains("那个崴脚的队员拍了片子没骨折 已经回酒店休息了");
        assertThat(state(f, 1)).isEqualTo(IssueTicket.State.ACKNOWLEDGED);
        assertThat(f.core.issueBook.all()).hasSize(1);

        assertThat(f.answerTo("xiang", "2026-11-23T10:20", "广西崴脚的那个处理好了 没骨折")).startsWith("已更新：问题#1已解决：没骨折（向春梅）");
        assertThat(state(f, 1)).isEqualTo(IssueTicket.State.RESOLVED);
    }

    @Test
    void aStepNamingTheIssueByItsWordsIsReadBesideABusRoomTimeOrPhoneAndTheRestIsItsNote() {
        Step[] steps = {
            new Step(
                    "guangxi",
                    "老师 我们有个队员早上训练把脚崴了 肿的厉害 能不能安排个车送下医院",
                    "xiang",
                    "广西那个崴脚的收到了 已安排6号车彭师傅过去接 送县医院",
                    "正在处理：已安排6号车彭师傅过去接 送县医院"),
            new Step(
                    "hunan", "房间空调不制热 冻死了 812房", "tian", "湖南812空调的收到了 已通知清江大酒店工程部 下午3点前来修", "正在处理：已通知清江大酒店工程部 下午3点前来修"),
            new Step("guizhou", "我们车上空调坏了 热得很 下午还要去赛场", "tian", "贵州车空调的事收到 已联系车队 下午2点换4号车", "正在处理：已联系车队 下午2点换4号车"),
            new Step(
                    "xinjiang",
                    "有个队员发烧了 能不能送医院看看",
                    "xiang",
                    "新疆发烧的那个收到 医生10分钟后到 有事打13872100002",
                    "正在处理：医生10分钟后到 有事打13872100002"),
            new Step(
                    "beijing",
                    "有两个队员的行李丢在高铁站了 能不能帮忙找一下",
                    "tian",
                    "北京行李那个收到了，已安排10号车李师傅7点半去高铁站取",
                    "正在处理：已安排10号车李师傅7点半去高铁站取"),
            new Step(
                    "sichuan",
                    "1205房间没有热水 洗不了澡",
                    "xiang",
                    "四川1205热水的问题收到了 已通知酒店 晚上8:30前派人来看",
                    "正在处理：已通知酒店 晚上8:30前派人来看"),
        };
        for (Step s : steps) {
            ConversationFixture f = games();
            f.answerTo(s.reporter(), "2026-11-23T08:00", s.report());

            String answer = f.answerTo(s.coordinator(), "2026-11-23T08:10", s.step());

            assertThat(answer).as(s.step()).startsWith("已更新：问题#1已由").contains(s.answer() + "\n");
            assertThat(state(f, 1)).as(s.step()).isEqualTo(IssueTicket.State.ACKNOWLEDGED);
            assertThat(f.issue(1).acknowledged().note())
                    .as(s.step())
                    .isEqualTo(s.answer().substring(5));
        }
    }

    @Test
    void aResolutionsNoteIsOnlyWhatIsNewOrNoneWhenNothingIs() {
        Step[] steps = {
            new Step("guangxi", "老师 我们有个队员早上训练把脚崴了 肿的厉害 能不能安排个车送下医院", "xiang", "广西崴脚的那个处理好了 没骨折", "问题#1已解决：没骨折（"),
            new Step("hunan", "房间空调不制热 冻死了 812房", "tian", "湖南812的空调修好了", "问题#1已解决（"),
            new Step("guizhou", "我们车上空调坏了 热得很", "tian", "贵州车空调那个搞定了 换了一台车", "问题#1已解决：换了一台车（"),
            new Step("xinjiang", "有个队员发烧了 能不能送医院看看", "xiang", "新疆发烧的队员那个已经解决了 烧退了 回房间休息", "问题#1已解决：烧退了 回房间休息（"),
            new Step("beijing", "有两个队员的行李丢在高铁站了 能不能帮忙找一下", "tian", "北京行李的事情已经解决了，行李找到了", "问题#1已解决：行李找到了（"),
            new Step("sichuan", "1205房间没有热水 洗不了澡", "xiang", "四川1205热水的问题解决了", "问题#1已解决（"),
        };
        for (Step s : steps) {
            ConversationFixture f = games();
            f.answerTo(s.reporter(), "2026-11-23T08:00", s.report());

            String answer = f.answerTo(s.coordinator(), "2026-11-23T09:10", s.step());

            assertThat(answer).as(s.step()).startsWith("已更新：" + s.answer());
            assertThat(state(f, 1)).as(s.step()).isEqualTo(IssueTicket.State.RESOLVED);
        }
    }

    @Test
    void anAcknowledgementSayingNothingNewHasNoNote() {
        ConversationFixture f = games();
        f.answerTo("hunan", "2026-11-23T08:00", "房间空调不制热 冻死了 812房");

        assertThat(f.answerTo("tian", "2026-11-23T08:10", "湖南812空调的事情收到了")).startsWith("已更新：问题#1已由田卫东受理，正在处理。");
        assertThat(f.issue(1).acknowledged().note()).isNull();
    }

    @Test
    void wordsThatFitTwoOpenIssuesAskWhichByNumberAndChangeNothing() {
        ConversationFixture f = games();
        f.answerTo("guangxi", "2026-11-23T08:00", "我们有个队员把脚崴了 能不能送医院");
        f.answerTo("guangxi", "2026-11-23T08:30", "另外有个队员发烧39度 也要去医院");

        String answer = f.answerTo("xiang", "2026-11-23T08:40", "广西医院那个收到了 已安排6号车过去");

        assertThat(answer)
                .startsWith("这条消息可能是指问题#1、#2，未作变更。")
                .contains("问题#1 【医疗】")
                .contains("问题#2 【医疗】");
        assertThat(state(f, 1)).isEqualTo(IssueTicket.State.OPEN);
        assertThat(state(f, 2)).isEqualTo(IssueTicket.State.OPEN);

        assertThat(f.answerTo("xiang", "2026-11-23T08:41", "广西那个崴脚的收到了 已安排6号车过去"))
                .startsWith("已更新：问题#1已由向春梅受理");
        assertThat(state(f, 2)).isEqualTo(IssueTicket.State.OPEN);
    }

    @Test
    void aRoomSaidPicksItsIssueAndARoomNoIssueSaysIsNoStep() {
        ConversationFixture f = games();
        f.answerTo("hunan", "2026-11-23T08:00", "812房空调不制热");
        f.answerTo("hunan", "2026-11-23T08:01", "815房空调也不制热");

        assertThat(f.answerTo("tian", "2026-11-23T08:10", "湖南空调的收到了 已通知工程部")).startsWith("这条消息可能是指问题#1、#2");
        assertThat(f.answerTo("tian", "2026-11-23T08:11", "湖南815空调的收到了 已通知工程部"))
                .startsWith("已更新：问题#2已由田卫东受理，正在处理：已通知工程部");
        assertThat(f.answerTo("tian", "2026-11-23T08:12", "湖南816空调的收到了 已通知工程部")).startsWith("所说的房间号与待处理问题不符，未作变更。");
        assertThat(state(f, 1)).isEqualTo(IssueTicket.State.OPEN);
    }

    @Test
    void aStepWithACountOrAnotherDelegationsNameMovesNoIssue() {
        ConversationFixture f = games();
        f.answerTo("xinjiang", "2026-11-23T08:00", "新疆明天早饭要打包10份 运动员6点就去赛场");
        f.answerTo("guangxi", "2026-11-23T08:05", "我们有个队员把脚崴了 能不能送医院");

        f.say("tian", "2026-11-23T08:10", "收到 新疆晚饭47个");
        assertThat(state(f, 1)).isEqualTo(IssueTicket.State.OPEN);

        assertThat(f.answerTo("tian", "2026-11-23T08:11", "湖北那个崴脚的收到了 已安排6号车过去"))
                .startsWith("湖北省代表团没有与此相符的待处理问题，未作变更。相近的是：")
                .contains("问题#2 【医疗】");
        assertThat(state(f, 2)).isEqualTo(IssueTicket.State.OPEN);
    }

    @Test
    void theReportersNewsOnTheirOpenIssueIsAddedToItWithoutResolvingIt() {
        String[][] said = {
            {"guangxi", "老师 我们有个队员早上训练把脚崴了 肿的厉害 能不能安排个车送下医院", "那个崴脚的队员拍了片子没骨折 已经回酒店休息了 谢谢老师们"},
            {"xinjiang", "有个队员发烧了 能不能送医院看看", "发烧那个队员打了针 已经退烧了 谢谢"},
            {"hunan", "房间空调不制热 冻死了 812房", "812的空调师傅来看过了 说是要换零件 明天上午10点来换"},
            {"beijing", "有两个队员的行李丢在高铁站了 能不能帮忙找一下", "行李那个高铁站说找到了 明天早上8点去拿"},
            {"sichuan", "1205房间没有热水 洗不了澡", "1205的热水现在有了 谢谢"},
            {"hubei", "有个队员肚子疼 去医院看了", "那个肚子疼的队员输完液了 医生说是肠胃炎 没大事"},
        };
        for (String[] s : said) {
            ConversationFixture f = games();
            f.answerTo(s[0], "2026-11-23T08:00", s[1]);

            String answer = f.answerTo(s[0], "2026-11-23T11:00", s[2]);

            assertThat(answer).as(s[2]).contains("已补充到问题#1");
            assertThat(f.core.issueBook.all()).as(s[2]).singleElement().satisfies(t -> {
                assertThat(t.state()).isEqualTo(IssueTicket.State.OPEN);
                assertThat(t.followUps()).hasSize(1);
                assertThat(t.followUps().get(0).issue().text()).doesNotContain("谢谢");
            });
        }
    }

    @Test
    void thanksAndTalkBesideAnOpenIssueStaySilent() {
        for (String talk : new String[] {"谢谢老师们 辛苦了", "好的 辛苦辛苦🙏", "今天天气真好 大家比赛加油", "谢谢田主任 昨天的事麻烦您了", "收到 谢谢"}) {
            ConversationFixture f = games();
            f.answerTo("guangxi", "2026-11-23T08:00", "我们有个队员把脚崴了 能不能送医院");

            assertThat(f.answerOrNull("guangxi", "2026-11-23T11:00", talk))
                    .as(talk)
                    .isNull();
            assertThat(f.issue(1).followUps()).as(talk).isEmpty();
        }
    }

    @Test
    void newsJoinsNoOtherDelegationsIssueNorOneOfTwoOfItsKind() {
        ConversationFixture f = games();
        f.answerTo("guangxi", "2026-11-23T08:00", "我们有个队员把脚崴了 能不能送医院");

        assertThat(f.answerOrNull("hunan", "2026-11-23T11:00", "那个崴脚的队员拍了片子没骨折"))
                .isNull();
        assertThat(f.issue(1).followUps()).isEmpty();

        f.answerTo("guangxi", "2026-11-23T11:05", "另外有个队员发烧39度 也要去医院");
        f.say("guangxi", "2026-11-23T11:30", "那个崴脚的拍了片子没骨折");
        assertThat(f.issue(2).followUps()).isEmpty();
    }

    @Test
    void newsJoinsTheOneOfTwoOpenIssuesOfAnotherKindItsWordsFit() {
        ConversationFixture f = games();
        f.answerTo("guangxi", "2026-11-23T08:00", "我们有个队员把脚崴了 能不能送医院");
        f.answerTo("guangxi", "2026-11-23T08:20", "另外1502房间空调不制热");

        assertThat(f.answerTo("guangxi", "2026-11-23T11:00", "1502的空调师傅修过了 现在能制热了"))
                .contains("已补充到问题#2");
        assertThat(f.answerTo("guangxi", "2026-11-23T11:10", "那个崴脚的拍了片子 没骨折")).contains("已补充到问题#1");
        assertThat(f.issue(1).followUps()).hasSize(1);
        assertThat(f.issue(2).followUps()).hasSize(1);
    }

    @Test
    void aReportersReceivedOrThanksOnTheirIssueAddsNothing() {
        ConversationFixture f = games();
        f.answerTo("xinjiang", "2026-11-23T08:00", "新疆明天早饭要打包10份 运动员6点就去赛场");
        f.answerTo("tian", "2026-11-23T08:10", "1号问题收到 已通知餐厅明早5点50备好");

        assertThat(f.answerOrNull("xinjiang", "2026-11-23T08:20", "早饭打包的收到了 谢谢田主任"))
                .isNull();
        assertThat(f.issue(1).followUps()).isEmpty();
    }

    @Test
    void aCoordinatorsRelayOfADepartureAtATimeIsNoStepOnTheDelegationsIssue() {
        ConversationFixture f = games();
        f.answerTo("shandong", "2026-11-23T08:00", "我们房间的空调坏了");

        f.say("tian", "2026-11-23T08:10", "收到 山东的下午3点走 已通知车队");

        assertThat(f.issue(1).state()).isEqualTo(IssueTicket.State.OPEN);
    }
}
