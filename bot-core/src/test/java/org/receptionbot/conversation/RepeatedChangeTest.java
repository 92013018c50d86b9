package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

class RepeatedChangeTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private final ConversationFixture f = new ConversationFixture(TestEvents.withPeople());

    RepeatedChangeTest() {
        f.reads("午餐减6人", new MealCancel("hunan", SUNDAY, "LUNCH", 6));
        f.reads("午餐再减6人", new MealCancel("hunan", SUNDAY, "LUNCH", 6));
        f.reads("午餐30人", new MealCount("hunan", SUNDAY, "LUNCH", 30));
        f.reads("10人明天先走", new Departure("hunan", SUNDAY.plusDays(1), null, 10, null));
    }

    /** 李娜 sends 午餐减6人 and again four minutes later: she is asked whether it is a repeat; returns the second. */
    private IncomingMessage sentAgainWithinTenMinutes() {
        f.say("hunan-li", "2026-11-22T09:00", "午餐减6人");
        return f.say("hunan-li", "2026-11-22T09:04", "午餐减6人");
    }

    private int hunanLunch() {
        return f.diners(SUNDAY, "LUNCH", "hunan");
    }

    @Test
    void theSameRelativeChangeAgainWithinTenMinutesAsksWhetherItIsARepeat() {
        sentAgainWithinTenMinutes();

        assertThat(f.lastTo(GROUP).text())
                .isEqualTo("10分钟内已收到相同的报告（减6人），是否再减6人？\n请点按钮或回复“是”或“否”。" + "\n回答前不作变更，汇总中列为“待确认”；所报日期结束前回答均有效。");
        assertThat(f.lastTo(GROUP).buttons()).extracting(b -> b.label()).containsExactly("是", "否");
        assertThat(hunanLunch()).isEqualTo(29);
    }

    @Test
    void yesRecordsTheSecondAndNoDoesNot() {
        sentAgainWithinTenMinutes();
        assertThat(f.answerTo("hunan-li", "2026-11-22T09:05", "否")).isEqualTo("好的，未重复记录。");
        assertThat(hunanLunch()).isEqualTo(29);

        f.say("hunan-li", "2026-11-22T09:06", "午餐减6人");
        String answer = f.answerTo("hunan-li", "2026-11-22T09:07", "是");

        assertThat(answer).startsWith("已记录：湖南省代表团 11月22日（周日）午餐 减少6人（29人→23人）");
        assertThat(hunanLunch()).isEqualTo(23);
    }

    @Test
    void theYesButtonRecordsTheSecond() {
        var m = sentAgainWithinTenMinutes();

        f.pressOnLast("hunan-li", "2026-11-22T09:05", m, "是");

        assertThat(hunanLunch()).isEqualTo(23);
    }

    @Test
    void afterTenMinutesAnExplicitAgainOrAnAbsoluteFigureNoQuestionIsAsked() {
        f.say("hunan-li", "2026-11-22T09:00", "午餐减6人");
        f.say("hunan-li", "2026-11-22T09:11", "午餐减6人");
        assertThat(hunanLunch()).isEqualTo(23);

        f.say("hunan-li", "2026-11-22T09:12", "午餐再减6人");
        assertThat(hunanLunch()).isEqualTo(17);

        f.say("hunan-li", "2026-11-22T09:13", "午餐30人");
        assertThat(f.answerTo("hunan-li", "2026-11-22T09:14", "午餐30人")).startsWith("已记录：");
        assertThat(hunanLunch()).isEqualTo(30);
    }

    @Test
    void aPartialDepartureSentTwiceIsAskedAboutToo() {
        f.say("hunan-li", "2026-11-22T09:00", "10人明天先走");

        String answer = f.answerTo("hunan-li", "2026-11-22T09:02", "10人明天先走");

        assertThat(answer).startsWith("10分钟内已收到相同的报告（10人离开），是否再记录一次？");
    }

    @Test
    void anUndoneChangeSentAgainIsRecordedWithoutAQuestion() {
        f.say("hunan-li", "2026-11-22T09:00", "午餐减6人");
        f.say("hunan-li", "2026-11-22T09:01", "撤销");

        f.say("hunan-li", "2026-11-22T09:02", "午餐减6人");

        assertThat(hunanLunch()).isEqualTo(29);
    }
}
