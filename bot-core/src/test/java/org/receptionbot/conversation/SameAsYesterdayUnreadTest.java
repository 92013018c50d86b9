package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;

/** Today's meal likened to yesterday's in words the parser cannot read is asked like "午饭和昨天一样", and a bare figure answers. */
class SameAsYesterdayUnreadTest {
    private static final Event EVENT = TestEvents.withPeople();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    @Test
    void aBareFigureAnswersTheQuestionAboutAMealLikenedToYesterday() {
        f.say("hunan-li", "2026-11-22T09:00", "湖南的 嗯 中午人数跟昨天一样");
        assertThat(f.lastTo(GROUP).text()).contains("昨天午餐没有该团的报餐记录").doesNotContain("记录为35人");

        f.say("hunan-li", "2026-11-22T09:01", "33");

        assertThat(f.diners(LocalDate.of(2026, 11, 22), "LUNCH", "hunan")).isEqualTo(33);
    }
}
