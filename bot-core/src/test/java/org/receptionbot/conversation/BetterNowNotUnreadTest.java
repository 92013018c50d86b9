package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Trial 62 #113: people said better after a cold snap ("大衣收到了 太感谢了 孩子们不冷了😄") is talk beside the meal's figure,
 * never quoted back as unread; a thing that stopped working or people still cold is no such remark.
 */
class BetterNowNotUnreadTest {
    private static final LocalDate WEDNESDAY = LocalDate.parse("2026-11-25");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "新疆明早47 大衣收到了 太感谢了 孩子们不冷了😄",
                "新疆明早47 孩子们不冷了😄",
                "新疆明早47 被子收到了 谢谢 队员们都暖和多了",
                "新疆明早47 谢谢 大家好多了 没事了"
            })
    void feelingBetterIsTalk(String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-24");

        String answer = f.answerTo("xinjiang", "18:00", text);

        assertThat(answer).as(text).doesNotContain("没能读出").doesNotContain("没能看懂");
        assertThat(f.diners(WEDNESDAY, "BREAKFAST", "xinjiang")).as(text).isEqualTo(47);
    }

    @ParameterizedTest
    @ValueSource(strings = {"新疆明早47 暖气不热了", "新疆明早47 孩子们冷得不行 能不能加床被子"})
    void somethingStillWrongIsNotTalk(String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-24");

        String answer = f.answerTo("xinjiang", "18:00", text);

        assertThat(answer).as(text).containsAnyOf("没能读出", "没能看懂", "问题#");
    }
}
