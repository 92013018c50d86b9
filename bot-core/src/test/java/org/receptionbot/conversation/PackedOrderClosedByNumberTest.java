package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Trial 58 #15: packed portions are a request to the caterer filed as a meal matter, and share the problems' numbers
 * (the caterer's 受理 and 处理好了 go by them). Closing one by its number ("1号问题处理好了") says plainly that what was
 * closed is a packed order, and what it was, so that a coordinator who meant the hot water (#2) sees the slip at once.
 */
class PackedOrderClosedByNumberTest {
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");

    @Test
    void closingAPackedOrderByItsNumberSaysItIsThePackedOrder() {
        f.answerTo("guangdong", "09:00", "明天早饭打包6份 堂食20");
        f.answerTo("anhui", "09:05", "房间没有热水 1203房 😭");

        String answer = f.answerTo("tian", "09:30", "1号问题处理好了");

        assertThat(answer).contains("问题#1（打包订餐）已解决", "打包6份").doesNotContain("不是住宿、车辆等故障问题");
    }

    @Test
    void closingAPackedOrderWithAFaultsWordsNotesTheSlip() {
        f.answerTo("guangdong", "09:00", "明天早饭打包6份 堂食20");
        f.answerTo("anhui", "09:05", "房间没有热水 1203房 😭");

        String answer = f.answerTo("tian", "09:30", "1号问题处理好了 热水已经修好");

        assertThat(answer).contains("问题#1（打包订餐）已解决", "不是住宿、车辆等故障问题");
    }

    @Test
    void closingAProblemSaysNothingOfPacking() {
        f.answerTo("guangdong", "09:00", "明天早饭打包6份 堂食20");
        f.answerTo("anhui", "09:05", "房间没有热水 1203房 😭");

        String answer = f.answerTo("tian", "09:30", "2号问题处理好了");

        assertThat(answer).contains("问题#2已解决", "热水").doesNotContain("打包");
    }
}
