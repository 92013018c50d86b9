package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.record.Departure;

/**
 * Trial 45: a liaison's yes to the 【离会确认】 that restates their team's departures it listed ("收到 贵州20人上午10点
 * 30人下午1点半 没问题") confirms them as they stand; the hours and figures are no meal (the 20 were read as tomorrow's
 * breakfast, and 30 people lost it). A restating that does not fit the listing, or with no request sent, confirms
 * nothing.
 */
class RestatedDepartureChecksTest {
    private static final LocalDate EVE = LocalDate.of(2026, 11, 28);
    private static final LocalDate LEAVING = EVE.plusDays(1);

    /** 贵州 (50, planned 29 November 13:30 K1158) split in two, then the evening's request. */
    private static ConversationFixture guizhouInTwo() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), EVE.toString());
        f.say("guizhou", "19:00", "贵州明天走的人分两批 上午10点走20个 剩下30个下午1点半跟原计划");
        f.briefings().departureChecks(EVE, ConversationFixture.time("2026-11-28T20:00"));
        return f;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "收到 贵州20人上午10点 30人下午1点半 没问题",
                "贵州确认 上午10点20人 下午1点半30人",
                "没问题 10点20个 1点半30个",
                "收到👌 上午10点 下午1点半 两批都没变化",
                "确认无误 20人10点 30人13:30"
            })
    void aRestatedListingConfirmsEachDepartureAndNoMeal(String yes) {
        ConversationFixture f = guizhouInTwo();

        String answer = f.answerTo("guizhou", "20:10", yes);

        assertThat(answer).startsWith("已确认：贵州省代表团").contains("10:00", "13:30").doesNotContain("早餐");
        assertThat(f.movementsOf("guizhou"))
                .containsExactlyInAnyOrder(
                        new Departure("guizhou", LEAVING, LocalTime.of(10, 0), 20, null),
                        new Departure("guizhou", LEAVING, LocalTime.of(13, 30), 30, null));
        assertThat(f.diners(LEAVING, "BREAKFAST", "guizhou")).isEqualTo(50);
    }

    @Test
    void oneOfTheTwoRestatedConfirmsThatOne() {
        ConversationFixture f = guizhouInTwo();

        String answer = f.answerTo("guizhou", "20:10", "收到 20人上午10点 没问题");

        assertThat(answer).startsWith("已确认：贵州省代表团 11月29日（周日）10:00 离开 20人");
        assertThat(f.diners(LEAVING, "BREAKFAST", "guizhou")).isEqualTo(50);
    }

    @Test
    void theWholeTeamRestatedAtItsPlanIsConfirmed() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), EVE.toString());
        f.briefings().departureChecks(EVE, ConversationFixture.time("2026-11-28T20:00"));

        String answer = f.answerTo("xizang", "20:10", "收到 30人上午11:30 没问题");

        assertThat(answer).startsWith("已确认：西藏自治区代表团 11月29日（周日）11:30 离开");
        assertThat(f.movementsOf("xizang"))
                .containsExactly(new Departure("xizang", LEAVING, LocalTime.of(11, 30), null, "D2282"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "收到 贵州20人上午9点 30人下午1点半 没问题",
                "收到 贵州25人上午10点 25人下午1点半 没问题",
                "收到 贵州20人上午10点 30人下午1点半 早饭不吃了",
                "贵州20人上午10点 30人下午1点半 改一下",
                "贵州20人上午10点 30人下午1点半 对吗？"
            })
    void aRestatingThatDoesNotFitTheListingConfirmsNothingAndKeepsBreakfast(String text) {
        ConversationFixture f = guizhouInTwo();

        String answer = f.answerOrNull("guizhou", "20:10", text);

        assertThat(answer)
                .satisfiesAnyOf(a -> assertThat(a).isNull(), a -> assertThat(a).doesNotStartWith("已确认"));
        if (!text.contains("早饭"))
            assertThat(f.diners(LEAVING, "BREAKFAST", "guizhou")).isEqualTo(50);
    }

    @Test
    void withoutTheRequestTheHoursConfirmNothing() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), EVE.toString());
        f.say("guizhou", "19:00", "贵州明天走的人分两批 上午10点走20个 剩下30个下午1点半跟原计划");

        String answer = f.answerOrNull("guizhou", "20:10", "收到 贵州20人上午10点 30人下午1点半 没问题");

        assertThat(answer)
                .satisfiesAnyOf(a -> assertThat(a).isNull(), a -> assertThat(a).doesNotStartWith("已确认"));
        assertThat(f.diners(LEAVING, "BREAKFAST", "guizhou")).isEqualTo(50);
    }

    /** Trial 45: the main body leaving on the planned day keeps the plan's hour and train; the few stay for meals. */
    @ParameterizedTest
    @ValueSource(strings = {"西藏明天走27个 3个人后天走 后天早上8点的车", "明天27个人走 剩下3个后天早上8点走"})
    void theMainBodyLeavesAtThePlansHourAndTheFewStay(String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), EVE.toString());

        f.say("xizang", "17:00", text);

        assertThat(f.movementsOf("xizang"))
                .contains(
                        new Departure("xizang", LEAVING, LocalTime.of(11, 30), 27, "D2282"),
                        new Departure("xizang", LEAVING.plusDays(1), LocalTime.of(8, 0), 3, null));
        assertThat(f.diners(LEAVING, "BREAKFAST", "xizang")).isEqualTo(30);
        assertThat(f.diners(LEAVING, "LUNCH", "xizang")).isEqualTo(3);
        assertThat(f.diners(LEAVING, "DINNER", "xizang")).isEqualTo(3);
    }

    @Test
    void theMainBodyAfterTheWholeTeamWithThreeStayingKeepsThePlan() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), EVE.toString());
        f.say("xizang", "17:00", "西藏明天11:30的车 有3个队员留下来多待一天 后天走");

        String answer = f.answerTo("xizang", "20:10", "西藏明天走27个 3个人后天走 后天早上8点的车");

        assertThat(answer).contains("11:30").doesNotContain("未说明几点离开");
        assertThat(f.diners(LEAVING, "LUNCH", "xizang")).isEqualTo(3);
        assertThat(f.diners(LEAVING, "DINNER", "xizang")).isEqualTo(3);
    }
}
