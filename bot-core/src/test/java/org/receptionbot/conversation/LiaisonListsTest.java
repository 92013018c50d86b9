package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/** A 接龙 list reposted whole by a liaison records their own line and leaves the others' as they stand. */
class LiaisonListsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private final ConversationFixture f = new ConversationFixture(TestEvents.withPeople());

    private int diners(String delegation) {
        return f.diners(DAY, "LUNCH", delegation);
    }

    private String say(String sender, String text) {
        return f.answerTo(sender, "2026-11-22T09:00", text);
    }

    /** The lunch 接龙 list with 贵州's line as given, read as {@code guizhou} and 湖南 30; returns its text. */
    private String list(String guizhouLine, Record guizhou) {
        String text = "午餐接龙 1. 贵州 " + guizhouLine + " 2. 湖南 30";
        f.reads(text, guizhou, new MealCount("hunan", DAY, "LUNCH", 30));
        return text;
    }

    @Test
    void aListRepostedWithTheLiaisonsLineRecordsThatLineAndSaysNothingOfLinesAsRecorded() {
        f.reads("午餐接龙 1. 贵州 28", new MealCount("guizhou", DAY, "LUNCH", 28));
        String list = list("28", new MealCount("guizhou", DAY, "LUNCH", 28));
        say("guizhou-wang", "午餐接龙 1. 贵州 28");

        String answer = say("hunan-li", list);

        assertThat(answer).startsWith("已记录：湖南省代表团").doesNotContain("贵州").doesNotContain("抱歉");
        assertThat(diners("hunan")).isEqualTo(30);
        assertThat(diners("guizhou")).isEqualTo(28);
    }

    @Test
    void aLineOfAnotherDelegationThatDiffersIsNamedAsNotRecorded() {
        String list = list("26", new MealCount("guizhou", DAY, "LUNCH", 26));

        String answer = say("hunan-li", list);

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
        String list = list("少三个", new MealCancel("guizhou", DAY, "LUNCH", 3));
        say("guizhou-wang", "贵州中午少3个");
        int once = diners("guizhou");

        String coordinator = say("tian", list);
        String liaison = say("guizhou-wang", list);

        assertThat(diners("guizhou")).isEqualTo(once);
        assertThat(diners("hunan")).isEqualTo(30);
        assertThat(coordinator).startsWith("已记录：湖南省代表团").contains("已记录，未重复计入：贵州省代表团 11月22日（周日）午餐 减少3人");
        assertThat(liaison).contains("已记录，未重复计入：贵州省代表团").doesNotContain("抱歉");
    }

    @Test
    void anotherDelegationsRelativeLineAlreadyRecordedIsNotNamedAsUnrecorded() {
        f.reads("贵州中午少3个", new MealCancel("guizhou", DAY, "LUNCH", 3));
        String list = list("少三个", new MealCancel("guizhou", DAY, "LUNCH", 3));
        say("guizhou-wang", "贵州中午少3个");
        int once = diners("guizhou");

        String answer = say("hunan-li", list);

        assertThat(answer).startsWith("已记录：湖南省代表团").doesNotContain("未记录").doesNotContain("贵州");
        assertThat(diners("guizhou")).isEqualTo(once);
        assertThat(diners("hunan")).isEqualTo(30);
    }
}
