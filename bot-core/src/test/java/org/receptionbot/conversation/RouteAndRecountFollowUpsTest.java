package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.ledger.Entry;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Record;

/**
 * The thirty-second trial's replies to the bot's own questions, read by the real parser on the conference sample: a
 * reply that leads with one of the answers of a two-way question answers it, whatever remark follows (the remark is
 * only a note); a reply with one figure and settling words answers a bus estimate's question; a recount with its
 * reason corrects the bus the sender last counted, whatever the reason names.
 */
class RouteAndRecountFollowUpsTest {
    private static final LocalDate VISIT_DAY = LocalDate.of(2026, 12, 9);

    private static ConversationFixture askedNewOrSwitched() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        assertThat(f.answerTo("hunan", "2026-12-09T10:00", "湖南北海线加1人")).contains("该团现有北海线3人、柳州线3人", "新增人员，还是从柳州线调整过来");
        return f;
    }

    private static int people(ConversationFixture f, String route, String delegation) {
        return f.core.visits.list(route).orElseThrow().people(delegation);
    }

    private static List<Record> recorded(ConversationFixture f) {
        return f.ledger.day(VISIT_DAY).active().stream().map(Entry::record).toList();
    }

    private static Headcount lastCount(ConversationFixture f, String vehicle) {
        List<Headcount> counts = recorded(f).stream()
                .filter(r -> r instanceof Headcount h && h.vehicle().equals(vehicle))
                .map(Headcount.class::cast)
                .toList();
        return counts.isEmpty() ? null : counts.get(counts.size() - 1);
    }

    @Test
    void aReplyLeadingWithNewAnswersTheQuestionAndItsRemarkIsOnlyANote() {
        for (String said : new String[] {
            "新增 是刚到的处长", "嗯 新增吧", "是新增的 刚到的处长", "新加的，他刚从长沙过来", "新来的 是刚到的处长", "新增人员。处里临时派来的", "新增的那一个是刚到的王处长", "不是调整 是新增"
        }) {
            ConversationFixture f = askedNewOrSwitched();

            String answer = f.answerTo("hunan", "2026-12-09T10:02", said);

            assertThat(answer).as(said).contains("北海线：湖南省住房和城乡建设厅 4人（原3人）").doesNotContain("抵达");
            assertThat(people(f, "beihai", "hunan")).as(said).isEqualTo(4);
            assertThat(people(f, "liuzhou", "hunan")).as(said).isEqualTo(3);
            assertThat(recorded(f)).as(said).noneMatch(Arrival.class::isInstance);
            assertThat(f.answerTo("hunan", "2026-12-09T10:03", "调整")).as(said).startsWith("目前没有需要您回答的问题");
        }
    }

    @Test
    void theRemarkAfterTheChoiceIsKeptAsANote() {
        ConversationFixture f = askedNewOrSwitched();

        assertThat(f.answerTo("hunan", "2026-12-09T10:02", "新增 是刚到的处长")).contains("备注：是刚到的处长");
    }

    @Test
    void aReplyLeadingWithTheSwitchMovesPeopleFromTheOtherRoute() {
        for (String said : new String[] {
            "从柳州调 他不去柳州了", "调整 他改去北海了", "柳州那边调过来的", "是从柳州线调过来的，临时换的", "嗯 调过来吧", "调过来的 柳州线那边少一个", "不是新增的 是从柳州调的"
        }) {
            ConversationFixture f = askedNewOrSwitched();

            String answer = f.answerTo("hunan", "2026-12-09T10:02", said);

            assertThat(answer).as(said).doesNotContain("抵达", "没能看懂");
            assertThat(people(f, "beihai", "hunan")).as(said).isEqualTo(4);
            assertThat(people(f, "liuzhou", "hunan")).as(said).isEqualTo(2);
            assertThat(f.answerTo("hunan", "2026-12-09T10:03", "新增")).as(said).startsWith("目前没有需要您回答的问题");
        }
    }

    @Test
    void aReplyThatSaysBothAnswersOrAnotherFigureIsAskedAgainAndChangesNothing() {
        for (String said : new String[] {"新增 还是调整 我再问问", "新增2人 都是刚到的", "从百色调过来的", "调整 他是刚到的"}) {
            ConversationFixture f = askedNewOrSwitched();

            String answer = f.answerTo("hunan", "2026-12-09T10:02", said);

            assertThat(answer).as(said).contains("未作变更", "新增", "调整");
            assertThat(people(f, "beihai", "hunan")).as(said).isEqualTo(3);
            assertThat(people(f, "liuzhou", "hunan")).as(said).isEqualTo(3);
            assertThat(f.answerTo("hunan", "2026-12-09T10:03", "新增")).as(said).contains("4人（原3人）");
        }
    }

    @Test
    void aReplyWithAnAnswerWordAndNoQuestionOpenIsReadAsAMessage() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        String answer = f.answerOrNull("hunan", "2026-12-09T10:02", "嗯 新增吧");

        assertThat(answer == null ? "" : answer).doesNotContain("4人（原3人）");
        assertThat(people(f, "beihai", "hunan")).isEqualTo(3);
    }

    @Test
    void aBusEstimatesQuestionTakesOneFigureWithSettlingWordsAndARemark() {
        for (String said : new String[] {
            "数清了 30个",
            "刚数了 30",
            "点完了 一共30人",
            "清点好了 是30个 司机没算",
            "好了 30个",
            "刚数了一遍 30人 都在车上了",
            "重新数了一下 30个",
            "嗯 数清楚了，30人",
            "一共30个 刚数的"
        }) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
            assertThat(f.answerTo("bus7", "2026-12-09T13:35", "7号车实到二十来个 还在点")).contains("是估计数");

            assertThat(f.answerTo("bus7", "2026-12-09T13:38", said)).as(said).contains("7号车 实到30人");
            assertThat(lastCount(f, "7").count()).as(said).isEqualTo(30);
        }
    }

    @Test
    void aDelegationLiaisonsBusEstimateTakesOneFigureWithSettlingWords() {
        for (String said : new String[] {"刚数了 41", "点好了 一共41人", "清点完了 41个 都上车了"}) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
            assertThat(f.answerTo("ningxia", "2026-12-09T13:35", "5号车差不多40个吧 还在点"))
                    .contains("是估计数");

            assertThat(f.answerTo("ningxia", "2026-12-09T13:37", said)).as(said).contains("5号车 实到41人");
            assertThat(lastCount(f, "5").count()).as(said).isEqualTo(41);
        }
    }

    @Test
    void aBusEstimatesQuestionIsNotAnsweredByAnotherGuessOrTwoFigures() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        f.answerTo("bus7", "2026-12-09T13:35", "7号车实到二十来个 还在点");

        f.answerOrNull("bus7", "2026-12-09T13:36", "刚数了 大概三十个");
        f.answerOrNull("bus7", "2026-12-09T13:37", "30个 还有2个在后面");

        assertThat(recorded(f))
                .noneMatch(r -> r instanceof Headcount h && h.vehicle().equals("7") && h.count() == 2);
        assertThat(f.answerTo("bus7", "2026-12-09T13:38", "数清了 31个")).contains("7号车 实到31人");
    }

    @Test
    void aBusLiaisonsLateRecountWithAReasonNamingADelegationCorrectsTheirBus() {
        for (String said : new String[] {
            "刚才数错了 是39个 宁夏那个本来就没上车",
            "不对 重新数了 是39 广西的那位在下面抽烟",
            "更正 实到39人 湖南那个去厕所了还没回来",
            "重新数了一遍 39个 有一个甘肃的坐别的车走了",
            "刚才点错了 应该是39 云南的老师没上这辆车",
            "数错了，39人，四川那两个之前就下车了"
        }) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
            f.answerTo("bus3", "2026-12-09T13:35", "3号车实到40人");
            f.answerTo("bus4", "2026-12-09T13:36", "4号车实到30人");
            f.answerTo("bus5", "2026-12-09T13:37", "5号车实到14人");
            f.answerTo("huang", "2026-12-09T13:38", "9号车实到2人");

            String answer = f.answerTo("bus3", "2026-12-09T13:50", said);

            assertThat(answer).as(said).contains("3号车 实到39人（原报40人）", "北海线清点少1人");
            Headcount h = lastCount(f, "3");
            assertThat(h.count()).as(said).isEqualTo(39);
            assertThat(h.delegation()).as(said).isNull();
            assertThat(recorded(f)).as(said).allMatch(Headcount.class::isInstance);
        }
    }

    @Test
    void theReasonOfARecountIsKeptAsANote() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        f.answerTo("bus3", "2026-12-09T13:35", "3号车实到40人");

        assertThat(f.answerTo("bus3", "2026-12-09T13:50", "刚才数错了 是39个 宁夏那个本来就没上车"))
                .contains("备注：宁夏那个本来就没上车");
    }

    @Test
    void aDelegationLiaisonsRecountCorrectsTheBusTheyLastCounted() {
        for (String said : new String[] {"刚才数错了 是39个 我们有一个本来就没上车", "重新数了 39人", "不对 是39个 有个湖南的坐错车了", "更正 实到39"}) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
            f.answerTo("ningxia", "2026-12-09T13:35", "5号车实到40人");

            assertThat(f.answerTo("ningxia", "2026-12-09T13:55", said)).as(said).contains("5号车 实到39人（原报40人）");
            assertThat(lastCount(f, "5").count()).as(said).isEqualTo(39);
        }
    }

    @Test
    void aRecountWithNoCountOfTheSendersToCorrectIsNotGuessed() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        f.answerTo("ningxia", "2026-12-09T09:00", "今晚宁夏3人");

        f.answerOrNull("ningxia", "2026-12-09T13:55", "刚才数错了 是39个 宁夏那个本来就没上车");

        assertThat(recorded(f)).noneMatch(Headcount.class::isInstance);
    }
}
