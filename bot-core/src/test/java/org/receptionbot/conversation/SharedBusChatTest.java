package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.Reply;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.summary.HeadcountLine;
import org.receptionbot.summary.HeadcountText;

/**
 * A bus count from a delegation that rides another's bus, read by the real parser on the sports sample: 湖南's bus 3
 * (应到35), 青海 (27 people) riding along with no vehicle of its own. Another delegation's count never takes 湖南's
 * place unless the sender says so; a confirmation with words around it is taken; an explanation of the bus mix-up is
 * no vehicle problem.
 */
class SharedBusChatTest {
    private static final LocalDate DAY = LocalDate.parse("2026-11-23");
    /** 青海's count on 湖南's bus 3, naming its delegation: held for 确认. */
    private static final String GUEST_COUNT = "青海3号车实到27人";
    /** The same with 青海's meals, as the trial's liaison sent it. */
    private static final String GUEST_COUNT_WITH_MEALS = "青海中午27 晚上27 3号车 实到27人";

    private final ConversationFixture f = games();

    @Test
    void aGuestsCountIsHeldWithWhatConfirmingDoesAndItsMealsAreRecordedAtOnce() {
        busCounted(f, 32);

        String answer = f.answerTo("qinghai", "2026-11-23T09:10", GUEST_COUNT_WITH_MEALS);

        assertThat(answer)
                .startsWith("已记录：青海省代表团 11月23日（周一）午餐 报餐27人")
                .contains("3号车是湖南省代表团的用车（您是青海省代表团联络员）。确认后，青海省代表团在3号车的人数记为27人，"
                        + "与湖南省代表团已报的3号车实到32人分别保留（3号车合计59人），不代替湖南省代表团的人数。");
        assertThat(f.lastTo(GROUP).buttons()).extracting(b -> b.label()).containsExactly("撤销", "确认");
        assertThat(f.diners(DAY, "LUNCH", "qinghai")).isEqualTo(27);
        assertThat(counts()).containsExactly("3:32");
    }

    @Test
    void theTrialsConfirmationWithWordsAroundItKeepsBothCountsAndFilesNoVehicleProblem() {
        busCounted(f, 32);
        guestSays(f, GUEST_COUNT_WITH_MEALS);
        int toCoordinators = f.outbox.sentTo(COORDINATORS).size();

        String answer = f.answerTo("qinghai", "2026-11-23T09:11", "哦 车号报错了 我们坐的是湖南的3号车 一起走的 确认");

        assertThat(answer)
                .isEqualTo("已记录：3号车 实到27人（青海省代表团，应到27人）；与湖南省代表团（实到32人 / 应到35人 ⚠少3人）同车，" + "3号车合计实到59人 / 应到62人");
        assertThat(f.core.issueBook.all()).isEmpty();
        assertThat(f.outbox.sentTo(COORDINATORS)).hasSize(toCoordinators);
        assertThat(board()).isEqualTo("""
                11月23日（周一） 车辆清点
                3号车（湖南省代表团、青海省代表团同车） 合计实到59人 / 应到62人 ⚠少3人
                  湖南省代表团 实到32人 / 应到35人 ⚠少3人
                  青海省代表团 实到27人 / 应到27人""");
    }

    @Test
    void aConfirmationSaidWithOtherWordsIsTakenAsTheConfirmation() {
        for (String said : List.of("对 确认 我们跟湖南一辆车", "是的 没错", "我们跟湖南一辆车", "确认，27个人跟湖南坐3号车")) {
            ConversationFixture g = games();
            busCounted(g, 32);
            guestSays(g, GUEST_COUNT);

            assertThat(g.answerTo("qinghai", "2026-11-23T09:12", said)).as(said).startsWith("已记录：3号车 实到27人（青海省代表团");
            assertThat(g.core.issueBook.all()).as(said).isEmpty();
        }
    }

    @Test
    void aReplyWithAnotherFigureOrBusOrANoIsNotTakenAsTheConfirmation() {
        for (String said : List.of("对 是28人", "是的 我们坐的是5号车", "不对 确认一下再说", "对 晚上不吃了")) {
            ConversationFixture g = games();
            guestSays(g, GUEST_COUNT);

            String answer = g.answerOrNull("qinghai", "2026-11-23T09:12", said);

            assertThat(answer == null ? "" : answer).as(said).doesNotStartWith("已记录：3号车 实到27人");
        }
    }

    @Test
    void undoingTheConfirmationTakesBackTheBusCountOnlyAndTheMealsStand() {
        busCounted(f, 32);
        guestSays(f, GUEST_COUNT_WITH_MEALS);
        f.say("qinghai", "2026-11-23T09:11", "对 确认 我们跟湖南一辆车");

        assertThat(f.answerTo("qinghai", "2026-11-23T09:12", "撤销")).startsWith("已撤销：3号车 实到27人");

        assertThat(counts()).containsExactly("3:32");
        assertThat(f.diners(DAY, "DINNER", "qinghai")).isEqualTo(27);
    }

    @Test
    void aCountNamingNoDelegationIsAskedSameBusOrCorrectionAndSameBusKeepsBoth() {
        busCounted(f, 32);

        String asked = f.answerTo("qinghai", "2026-11-23T09:10", "3号车实到27人");

        assertThat(asked)
                .startsWith("3号车是湖南省代表团的用车（您是青海省代表团联络员），“3号车 实到27人”未写明是哪个团的人数，请选择：")
                .contains("同车——青海省代表团乘3号车的人数记为27人，与湖南省代表团已报的32人分别保留（3号车合计59人）")
                .contains("更正——作为3号车（湖南省代表团）的人数，记为实到27人，代替湖南省代表团已报的32人");
        assertThat(f.lastTo(GROUP).buttons()).extracting(b -> b.label()).containsExactly("同车", "更正");
        assertThat(f.answerTo("qinghai", "2026-11-23T09:11", "确认")).startsWith("未记录：请点按钮选择");

        assertThat(f.answerTo("qinghai", "2026-11-23T09:12", "一起的 我们跟湖南一辆车")).startsWith("已记录：3号车 实到27人（青海省代表团");
        assertThat(counts()).containsExactly("3:59");
    }

    @Test
    void aCorrectionChosenReplacesTheBussOwnCountAndSaysWhatItWas() {
        busCounted(f, 32);
        guestSays(f, "3号车实到34人");

        String answer = f.answerTo("qinghai", "2026-11-23T09:11", "更正");

        assertThat(answer).startsWith("已记录：3号车 实到34人（原报32人）（应到35人，⚠少1人）");
        assertThat(counts()).containsExactly("3:34");
    }

    @Test
    void aGuestCountingAgainAfterConfirmingIsNotAskedAndReplacesOnlyItsOwnShare() {
        busCounted(f, 32);
        guestSays(f, GUEST_COUNT);
        f.say("qinghai", "2026-11-23T09:11", "确认");

        String again = f.answerTo("qinghai", "2026-11-23T09:30", "3号车实到26人");
        String hunan = f.answerTo("hunan", "2026-11-23T09:31", "3号车实到35人");

        assertThat(again).startsWith("已记录：3号车 实到26人（原报27人）（青海省代表团，应到27人，⚠少1人）");
        assertThat(hunan).startsWith("已记录：3号车 实到35人（原报32人）（湖南省代表团，应到35人）；与青海省代表团");
        assertThat(counts()).containsExactly("3:61");
    }

    @Test
    void theGuestsShortfallIsToldAsItsOwnNotAsTheBuss() {
        busCounted(f, 35);
        guestSays(f, "青海3号车实到25人");
        f.say("qinghai", "2026-11-23T09:11", "确认");

        assertThat(f.lastTo(COORDINATORS).text()).isEqualTo("⚠3号车清点少2人（冯刚 09:10）：青海省代表团 实到25人 / 应到27人");
    }

    @Test
    void aBusMixUpExplainedWithNothingHeldIsSilentAndNoProblem() {
        for (String said : List.of("车号报错了", "我们坐的是湖南的3号车 一起走的", "跟湖南一辆车")) {
            ConversationFixture g = games();

            assertThat(g.answerOrNull("qinghai", "2026-11-23T09:11", said))
                    .as(said)
                    .isNull();
            assertThat(g.core.issueBook.all()).as(said).isEmpty();
        }
    }

    @Test
    void aProblemOfTheBusRiddenAlongOnIsFiledForTheSendersDelegation() {
        String answer = f.answerTo("qinghai", "2026-11-23T09:20", "我们坐湖南的3号车 车坏了");

        assertThat(answer).contains("【车辆】青海省代表团");
        assertThat(f.issue(1).issue().delegation()).isEqualTo("qinghai");
        assertThat(f.issue(1).issue().category()).isEqualTo(IssueCategory.VEHICLE);
    }

    @Test
    void theBoardShowsTheCountWaitingForConfirmationBesideTheBussOwn() {
        busCounted(f, 32);
        guestSays(f, GUEST_COUNT);

        f.say("tian", "2026-11-23T09:15", "/counts 今天");

        Reply shown = f.lastTo(GROUP);
        assertThat(shown.text())
                .contains("3号车（湖南省代表团） 实到32人 / 应到35人 ⚠少3人")
                .endsWith("待确认（1条，未计入清点）：\n  3号车 实到27人（冯刚 09:10报，待其确认）");
    }

    @Test
    void anotherDelegationsCountOnASiteVisitBusIsConfirmedFirst() {
        ConversationFixture visits = ConversationFixture.parsing(SampleEvents.conference());

        String answer = visits.answerTo("guangxi", "2026-12-09T13:30", "5号车 广东厅实到12人");

        assertThat(answer).startsWith("所报是广东省住房和城乡建设厅的人数（您是广西壮族自治区住房和城乡建设厅联络员）。确认后，记为广东省住房和城乡建设厅在5号车实到12人。");
    }

    /** The sports sample, read by the real parser. */
    private static ConversationFixture games() {
        return ConversationFixture.parsing(SampleEvents.games());
    }

    /** 湖南's liaison counts {@code count} on its own bus 3 at 09:00. */
    private static void busCounted(ConversationFixture g, int count) {
        g.say("hunan", "2026-11-23T09:00", "3号车实到" + count + "人");
    }

    /** 青海's liaison says {@code said} at 09:10. */
    private static void guestSays(ConversationFixture g, String said) {
        g.say("qinghai", "2026-11-23T09:10", said);
    }

    private List<String> counts() {
        return f.core.headcounts.board(DAY).stream()
                .filter(HeadcountLine::reported)
                .map(l -> l.vehicle().id() + ":" + l.counted())
                .toList();
    }

    private String board() {
        return new HeadcountText().render(DAY, f.core.headcounts.board(DAY));
    }
}
