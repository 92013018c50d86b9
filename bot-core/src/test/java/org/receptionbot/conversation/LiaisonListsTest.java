package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

/** A 接龙 list reposted whole by a liaison records their own line and leaves the others' as they stand. */
class LiaisonListsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private final ConversationFixture f = new ConversationFixture(TestEvents.withPeople());

    private int diners(String delegation) {
        return f.core.meals
                .count(DAY, f.core.event.meal("LUNCH").orElseThrow(), delegation)
                .diners();
    }

    private String say(String sender, String text) {
        f.say(sender, "2026-11-22T09:00", text);
        return f.lastTo(GROUP).text();
    }

    @Test
    void aListRepostedWithTheLiaisonsLineRecordsThatLineAndSaysNothingOfLinesAsRecorded() {
        f.reads("午餐接龙 1. 贵州 28", new MealCount("guizhou", DAY, "LUNCH", 28));
        f.reads(
                "午餐接龙 1. 贵州 28 2. 湖南 30",
                new MealCount("guizhou", DAY, "LUNCH", 28),
                new MealCount("hunan", DAY, "LUNCH", 30));
        say("guizhou-wang", "午餐接龙 1. 贵州 28");

        String answer = say("hunan-li", "午餐接龙 1. 贵州 28 2. 湖南 30");

        assertThat(answer).startsWith("已记录：湖南省代表团").doesNotContain("贵州").doesNotContain("抱歉");
        assertThat(diners("hunan")).isEqualTo(30);
        assertThat(diners("guizhou")).isEqualTo(28);
    }

    @Test
    void aLineOfAnotherDelegationThatDiffersIsNamedAsNotRecorded() {
        f.reads(
                "午餐接龙 1. 贵州 26 2. 湖南 30",
                new MealCount("guizhou", DAY, "LUNCH", 26),
                new MealCount("hunan", DAY, "LUNCH", 30));

        String answer = say("hunan-li", "午餐接龙 1. 贵州 26 2. 湖南 30");

        assertThat(answer).startsWith("已记录：湖南省代表团").contains("其他代表团的数字未记录", "贵州省代表团");
        assertThat(diners("hunan")).isEqualTo(30);
        assertThat(diners("guizhou")).isNotEqualTo(26);
    }

    @Test
    void aMessageWithOnlyAnotherDelegationsFigureIsStillRefused() {
        f.reads("贵州中午26", new MealCount("guizhou", DAY, "LUNCH", 26));

        assertThat(say("hunan-li", "贵州中午26")).startsWith("抱歉，贵州省代表团的记录只能由");
    }

    @Test
    void aRelativeLineAlreadyRecordedIsNotAppliedAgainWhenTheListIsPosted() {
        f.reads("贵州中午少3个", new MealCancel("guizhou", DAY, "LUNCH", 3));
        f.reads(
                "午餐接龙 1. 贵州 少三个 2. 湖南 30",
                new MealCancel("guizhou", DAY, "LUNCH", 3),
                new MealCount("hunan", DAY, "LUNCH", 30));
        say("guizhou-wang", "贵州中午少3个");
        int once = diners("guizhou");

        String coordinator = say("tian", "午餐接龙 1. 贵州 少三个 2. 湖南 30");
        String liaison = say("guizhou-wang", "午餐接龙 1. 贵州 少三个 2. 湖南 30");

        assertThat(diners("guizhou")).isEqualTo(once);
        assertThat(diners("hunan")).isEqualTo(30);
        assertThat(coordinator).startsWith("已记录：湖南省代表团").contains("已记录，未重复计入：贵州省代表团 11月22日（周日）午餐 减少3人");
        assertThat(liaison).contains("已记录，未重复计入：贵州省代表团").doesNotContain("抱歉");
    }
}
