package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;

/**
 * A figure for a meal already being served that the parser could not read ("西藏中午实际来了28个" at 12:10) gets the
 * served meal's guidance, as a report of it does (the national games sample, real parser).
 */
class LateMealFiguresTest {
    private static final Event EVENT = SampleEvents.games();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT, "2026-11-24");

    @Test
    void aLiaisonsActualDinersDuringLunchAreToldTheMealIsServedAndWhomToTell() {
        String answer = f.answerTo("xizang", "12:10", "西藏中午实际来了28个");

        assertThat(answer)
                .startsWith("未记录：西藏自治区代表团 11月24日（周二）午餐")
                .contains("该餐已开餐，报餐人数30人是结算依据")
                .contains("请告知协调组或餐饮保障组")
                .doesNotContain("没能看懂");
    }

    @Test
    void aCoordinatorIsOfferedTheActualDinersCommand() {
        assertThat(f.answerTo("tian", "12:10", "西藏中午实际来了28个")).contains("该餐已开餐").contains("请协调组或餐饮保障组用 /actual 登记");
    }

    @Test
    void theSameWordsOwnDelegationUnnamedAfterDinnerBeganGetTheGuidanceToo() {
        assertThat(f.answerTo("xizang", "17:40", "晚上实际来了26个")).contains("晚餐").contains("该餐已开餐");
    }

    @Test
    void beforeTheMealIsServedTheyAreNotAnsweredAsServed() {
        assertThat(f.answerTo("xizang", "10:30", "西藏中午实际来了28个")).doesNotContain("该餐已开餐");
    }
}
