package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;

/** Answers in plain text: no space after the day's bracket, differences said as 多/少 (the games sample). */
class PlainTextFormsTest {
    private static final Event EVENT = SampleEvents.games();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT, "2026-11-24");

    @Test
    void aMovementWithADayAndNoHourHasNoSpaceAfterTheDaysBracket() {
        assertThat(f.answerTo("guangxi", "09:00", "广西25日3人抵达"))
                .contains("11月25日（周三）抵达 3人")
                .doesNotContain("） ");
    }

    @Test
    void aMovementWithAnHourKeepsTheSpaceBeforeTheVerb() {
        assertThat(f.answerTo("guangxi", "09:00", "广西25日上午10点3人抵达")).contains("11月25日（周三）10:00 抵达 3人");
    }

    @Test
    void fewerActualDinersThanBookedAreSaidAsFewerWithNoMinusSign() {
        String answer = f.answerTo("tian", "12:30", "/actual 九院 午餐 17");

        assertThat(answer).contains("，少").endsWith("人 ⚠请核实").doesNotContain("-").doesNotContain("相差");
        assertThat(f.answerTo("tian", "12:31", "查看午餐")).contains("实到17人，比预订少").doesNotContain("相差-");
    }
}
