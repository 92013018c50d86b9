package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.parse.MessageParser;

/** What a new user met on a first try, read by the real parser. Bus 3 serves Hunan (35 people). */
class SameAsAndVagueFiguresTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private static final Event EVENT = TestEvents.withPeople();
    private final MessageParser parser = new MessageParser(EVENT);
    private final ConversationFixture f = new ConversationFixture(EVENT, parser::parse);

    private String ask(String sender, String at, String text) {
        f.say(sender, at, text);
        return f.lastTo(GROUP).text();
    }

    private int diners(String meal, String delegation) {
        return f.core.meals
                .count(SUNDAY, EVENT.meal(meal).orElseThrow(), delegation)
                .diners();
    }

    @Test
    void aBusCountedAgainReplacesItsEarlierCountAndIsNoIssue() {
        ask("hunan-li", "2026-11-22T12:30", "3号车实到30人");

        String answer = ask("hunan-li", "2026-11-22T12:35", "刚才数错了 3号车重新清点实到33人");

        assertThat(answer).startsWith("已记录：3号车 实到33人").doesNotContain("问题");
        assertThat(f.core.headcounts.board(SUNDAY))
                .singleElement()
                .satisfies(l -> assertThat(l.counted()).isEqualTo(33));
        assertThat(f.core.issueBook.all()).isEmpty();
        assertThat(f.outbox.sentTo(COORDINATORS)).noneMatch(r -> r.text().startsWith("新问题"));
    }

    @Test
    void aMealSaidToBeTheSameAsAnotherTakesItsFigure() {
        ask("hunan-li", "2026-11-22T08:00", "午饭30人，晚饭一样");

        assertThat(diners("LUNCH", "hunan")).isEqualTo(30);
        assertThat(diners("DINNER", "hunan")).isEqualTo(30);
    }

    @Test
    void aMealSaidToBeTheSameBeforeTheOtherMealsFigureTakesItToo() {
        ask("hunan-li", "2026-11-22T08:00", "晚饭同上 中午31个");

        assertThat(diners("LUNCH", "hunan")).isEqualTo(31);
        assertThat(diners("DINNER", "hunan")).isEqualTo(31);
    }

    @Test
    void aMealSaidToBeTheSameWithNoOtherFigureIsAskedFor() {
        String answer = ask("hunan-li", "2026-11-22T08:00", "晚饭也一样");

        assertThat(answer).startsWith("请问晚餐用餐的是多少人？");
        assertThat(ask("hunan-li", "2026-11-22T08:01", "28人")).contains("晚餐");
        assertThat(diners("DINNER", "hunan")).isEqualTo(28);
    }

    @Test
    void aRepeatedMealFigureIsSaidToBeTheSameAsReported() {
        ask("hunan-li", "2026-11-22T08:00", "晚饭32人");

        assertThat(ask("hunan-li", "2026-11-22T08:05", "晚饭32人"))
                .contains("与已报人数相同（32人）")
                .doesNotContain("32人→32人");
    }

    @Test
    void aFigureEqualToThePlannedOneIsSaidToBeUnchanged() {
        assertThat(ask("hunan-li", "2026-11-22T08:00", "晚上35"))
                .contains("与原人数相同，未变化")
                .doesNotContain("35人→35人");
        assertThat(diners("DINNER", "hunan")).isEqualTo(35);
    }

    @Test
    void aVagueFigureIsAskedForExactly() {
        String answer = ask("hunan-li", "2026-11-22T08:00", "中午二十来个");

        assertThat(answer).isEqualTo("“二十来个”是估计数，未记录；确定后请报准确人数。（“中午二十来个”，回复后记录）");
        assertThat(f.core.meals
                        .count(SUNDAY, EVENT.meal("LUNCH").orElseThrow(), "hunan")
                        .reported())
                .isFalse();
    }

    @Test
    void aFigureSaidToBeYesterdaysNamesYesterdaysFigure() {
        ask("hunan-li", "2026-11-22T08:00", "中午30人");

        String answer = ask("hunan-li", "2026-11-23T08:00", "明天午饭人数跟昨天一样");

        assertThat(answer).isEqualTo("未记录：昨天（11月22日（周日））午餐记录为30人。11月24日（周二）午餐是否也按30人？" + "请回复“午餐30人”确认，或直接报准确人数。");
    }

    @Test
    void aMealWordAnsweringWhichMealRecordsInsteadOfShowingTheBoard() {
        ask("hunan-li", "2026-11-22T08:00", "晚饭30人");
        assertThat(ask("hunan-li", "2026-11-22T09:00", "晚饭不吃的3个")).startsWith("已记录");
        assertThat(ask("hunan-li", "2026-11-22T09:10", "刚才说不吃的3个又要吃了")).startsWith("请问是哪一餐？");

        String answer = ask("hunan-li", "2026-11-22T09:11", "晚饭");

        assertThat(answer).startsWith("已记录").doesNotContain("用餐人数");
        assertThat(diners("DINNER", "hunan")).isEqualTo(30);
    }
}
