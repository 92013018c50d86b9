package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "打包的早餐拿到了 谢谢餐厅🙏": thanks for the packed food received is talk, no news added to the packing's pending
 * problem, and nothing goes to the coordinators or the caterer; the food said not received is still news.
 */
class ThanksForPackedFoodTest {
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference(), "2026-12-09");

    private int packed() {
        f.answerTo("henan", "2026-12-09T20:10", "我们河南明天早饭打包7份 6点半来拿，7点出发去机场");
        return f.outbox.sentTo(ConversationFixture.COORDINATORS).size()
                + f.outbox.sentTo(ConversationFixture.CATERER).size();
    }

    @Test
    void thanksForTheFoodReceivedIsTalk() {
        int before = packed();

        assertThat(f.answerOrNull("henan", "2026-12-10T06:40", "打包的早餐拿到了 谢谢餐厅🙏"))
                .isNull();
        assertThat(f.outbox.sentTo(ConversationFixture.COORDINATORS).size()
                        + f.outbox.sentTo(ConversationFixture.CATERER).size())
                .isEqualTo(before);
    }

    @Test
    void theFoodNotReceivedIsStillNews() {
        packed();

        assertThat(f.answerTo("henan", "2026-12-10T06:40", "打包的早餐还没拿到 谢谢")).contains("补充");
    }
}
