package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A packing order changed ("明天早饭打包8份", then "明天早饭打包改成10份"; trial 54, item 8, on Telegram): the same
 * order changes, no second order opens beside it. The change joins the first order's issue, the caterer is told the
 * change on that issue with the order it replaces, and the board counts the latest. An order for another serving, or
 * after the first was settled, is an order of its own. Real parser on the games sample.
 */
class PackedOrderChangedTest {
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

    @Test
    void aChangedFigureChangesTheOpenOrderAndTheCatererIsToldOnIt() {
        f.answerTo("hunan", "2026-11-23T19:30", "明天早饭打包8份");
        String answer = f.answerTo("hunan", "2026-11-23T19:40", "明天早饭打包改成10份");

        assertThat(answer).contains("问题#1").doesNotContain("问题#2").contains("早餐：堂食25人，打包10份");
        assertThat(f.core.issueBook.find(2)).isEmpty();
        assertThat(f.cateringNotices()).hasSize(2);
        assertThat(f.cateringNotices().get(1))
                .startsWith("【餐饮需求】问题#1变更")
                .contains("即11月24日（周二）早餐打包10份（原为打包8份）")
                .contains("以本条为准");
    }

    @Test
    void eachLaterChangeNamesTheOrderItReplaces() {
        f.answerTo("hunan", "2026-11-23T19:30", "明天早饭打包8份");
        f.answerTo("hunan", "2026-11-23T19:40", "明天早饭打包改成10份");
        f.answerTo("hunan", "2026-11-23T21:40", "明天早饭打包的改成12份");

        assertThat(f.core.issueBook.find(2)).isEmpty();
        assertThat(f.cateringNotices().get(2)).contains("早餐打包12份（原为打包10份）");
    }

    @Test
    void anOrderForAnotherServingIsAnOrderOfItsOwn() {
        f.answerTo("hunan", "2026-11-23T19:30", "明天早饭打包8份");
        String answer = f.answerTo("hunan", "2026-11-23T19:40", "明天午饭打包6份");

        assertThat(answer).contains("问题#2");
        assertThat(f.cateringNotices()).hasSize(2).allSatisfy(n -> assertThat(n).doesNotContain("变更"));
    }

    @Test
    void anOrderAfterTheFirstWasSettledIsANewOrder() {
        f.answerTo("hunan", "2026-11-23T19:30", "明天早饭打包8份");
        f.say("tian", "2026-11-23T19:35", "/done 1 已通知餐厅");
        String answer = f.answerTo("hunan", "2026-11-23T19:40", "明天早饭打包改成10份");

        assertThat(answer).contains("问题#2");
    }
}
