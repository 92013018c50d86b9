package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealCancel;

/**
 * Talk in the reception group that reports nothing, read neither as a record nor asked about; and the reports that look
 * like it, still read.
 */
class TalkNotRecordedTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-22T10:30");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "退烧药医务室有 我让他们给你送过去",
                "有素食窗口，我跟厨房再确认一下",
                "云南的房间我跟民宿说再续一晚",
                "@湖北 过点了我跟土家山寨协调一下，尽量吧",
                "田师傅那边电瓶没电了 我找人去搭电 5分钟",
                "我让值班医生过去看看，在几楼？",
                "晕车贴4号车有，到服务区给你送过去",
                "医疗组已对接广西团，下午陪同去县医院复查"
            })
    void aCoordinatorTakingTheMatterOnReportsNothing(String text) {
        PARSER.check(text, null).noRecords().nothing();
    }

    @ParameterizedTest
    @ValueSource(strings = {"广西的房卡还有两张没还 我让前台再查一下 还是找不到", "云南1208的热水器坏了 我让工程部去看 但是到现在没人来", "四川有个队员发烧 我找人去买药 药店还没开门"})
    void aMatterStillOpenIsStillAnIssue(String text) {
        PARSER.check(text, null).has(Issue.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"湖南中午少5人 我跟餐厅说了", "湖北联络员说晚饭加3个 我让餐厅备上了", "贵州明天下午3点走 我找人安排车"})
    void aReportRelayedAndTakenOnIsStillRead(String text) {
        PARSER.check(text, null).someRecords();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5号车已到云上民宿门口", "2号车3号车已到体育馆北门", "11号车王师傅已到高铁站出站口等内蒙古团", "7号车已到机场P2", "4号车已到清江大酒店门口 黄师傅"})
    void aVehicleArrivedAtAPlaceAsksNoCount(String text) {
        PARSER.check(text, null).nothing();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3号车已到42人", "5号车已到齐 五十三人", "9号车已到 47"})
    void peopleArrivedOnAVehicleAreStillCounted(String text) {
        PARSER.check(text, null).has(Headcount.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"江西那8个人明天晚饭还吃吗", "四川今天中午吃不吃？", "湖北35是晚饭吗", "广东晚上不在 就是晚饭不吃的意思吧", "河北留下的三个人明早还在九院吃吗"})
    void aCoordinatorAskingWhetherADelegationEatsReportsNothing(String text) {
        PARSER.check(text, null).nothing();
    }

    @ParameterizedTest
    @ValueSource(strings = {"天津晚饭还吃 30人", "江西晚饭不吃了", "湖北中午35"})
    void aCoordinatorPassingOnAMealIsStillRead(String text) {
        PARSER.check(text, null).someRecords();
    }

    @ParameterizedTest
    @ValueSource(strings = {"清真窗口在二楼西侧", "今晚清真桌在3号桌 宁夏的同志请坐那边", "素食窗口设在进门右手边", "土家山寨有清真窗口，在一楼", "早餐7点开餐 清真区在东边"})
    void whereADietIsServedIsNoProblem(String text) {
        PARSER.check(text, null).nothing();
    }

    @ParameterizedTest
    @ValueSource(strings = {"清真窗口在哪？宁夏的找不到", "有没有清真的窗口？宁夏团有12个回民"})
    void aDietAskedForIsStillAnIssue(String text) {
        PARSER.check(text, null).has(Issue.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "黄师傅：不好意思刚才手机没电了 车在东门 马上到",
                "向师傅回电话了，手机没电了，十分钟就到",
                "李师傅在修理厂 手机没电了",
                "王师傅：不好意思手机没电了，已经接到内蒙古的老师了",
                "谭师傅手机关机了 刚充上电 在路上"
            })
    void aDriverReachedAgainIsNoProblem(String text) {
        PARSER.check(text, null).nothing();
    }

    @ParameterizedTest
    @ValueSource(strings = {"覃师傅手机没电了 联系不上 湖南的在门口等了半小时", "5号车师傅手机没电了 打不通 云南队还在体育馆等车"})
    void aDriverStillNotReachedIsStillAnIssue(String text) {
        PARSER.check(text, null).has(Issue.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"中午在赛场吃还是回酒店吃啊", "湖北晚上回不回来吃饭还没定", "我们晚上在外面吃还是回九院吃 等领队定", "中午吃不吃啊 我们还在赛场", "海南明天中午在党校吃还是回山庄吃"})
    void aMealAskedAsAChoiceCancelsNothing(String text) {
        PARSER.check(text, "hubei").noRecords();
    }

    @ParameterizedTest
    @ValueSource(strings = {"湖北晚饭不回来吃了", "中午不回来吃 晚上回来", "湖北晚上在外面吃"})
    void aMealGivenUpIsStillCancelled(String text) {
        PARSER.check(text, "hubei").has(MealCancel.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"大家下车注意 东西别落车上", "房卡不要丢了 退房要交", "贵重物品请勿遗失", "手机千万别落在大巴上", "晚上出门别走散了"})
    void aProblemWarnedAgainstIsANotice(String text) {
        PARSER.check(text, null).nothing();
    }

    @ParameterizedTest
    @ValueSource(strings = {"湖南有个队员手机落车上了 3号车", "房卡丢了 麻烦前台补一张", "5号车实到三十 哦 三十八 语音识别错了"})
    void aProblemOrAFigureBesideTheWordsIsStillRead(String text) {
        PARSER.check(text, null).someRecords();
    }
}
