package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.summary.HeadcountLine;

/** The bus of a count held for 确认 corrected in words moves the count to that bus; no vehicle problem is filed. */
class HeldCountVehicleCorrectionTest {
    @Test
    void theHeldCountIsTakenAsTheBusSaid() {
        for (String said : new String[] {"不好意思 发错了 是4号车", "不对 应该是4号车", "打错了 4号车", "抱歉 写错了 是4号车的"}) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
            assertThat(f.answerTo("guizhou", "2026-11-23T07:14", "3号车实到48人")).contains("请选择");

            String answer = f.answerTo("guizhou", "2026-11-23T07:15", said);

            assertThat(answer).as(said).startsWith("已记录：4号车 实到48人").doesNotContain("问题#");
            assertThat(f.core.issueBook.all()).as(said).isEmpty();
            List<String> counted = f.core.headcounts.board(LocalDate.of(2026, 11, 23)).stream()
                    .filter(HeadcountLine::reported)
                    .map(l -> l.vehicle().id() + ":" + l.counted())
                    .toList();
            assertThat(counted).as(said).containsExactly("4:48");
        }
    }

    @Test
    void anotherDelegationsBusSaidIsHeldForConfirmationAgain() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.answerTo("guizhou", "2026-11-23T07:14", "3号车实到48人");

        assertThat(f.answerTo("guizhou", "2026-11-23T07:15", "不好意思 发错了 是5号车"))
                .startsWith("5号车是云南省代表团的用车（您是贵州省代表团联络员），“5号车 实到48人”未写明是哪个团的人数")
                .doesNotContain("问题#");
        assertThat(f.answerTo("guizhou", "2026-11-23T07:16", "同车"))
                .contains("5号车 实到48人")
                .doesNotContain("湖南");
        assertThat(f.core.issueBook.all()).isEmpty();
    }

    @Test
    void aHeldCountLetGoByTheBussOwnCountIsStillMovedToTheBusSaid() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.answerTo("guizhou", "2026-11-23T07:14", "3号车实到48人");
        f.answerTo("hunan", "2026-11-23T07:14", "3号车人齐了 33个");

        assertThat(f.answerTo("guizhou", "2026-11-23T07:15", "不好意思 发错了 是4号车")).startsWith("已记录：4号车 实到48人");
        assertThat(f.core.issueBook.all()).isEmpty();
        List<String> counted = f.core.headcounts.board(LocalDate.of(2026, 11, 23)).stream()
                .filter(HeadcountLine::reported)
                .map(l -> l.vehicle().id() + ":" + l.counted())
                .toList();
        assertThat(counted).containsExactlyInAnyOrder("3:33", "4:48");
    }

    @Test
    void withNoCountHeldTheWordsAreReadAsUsual() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerOrNull("guizhou", "2026-11-23T07:15", "不好意思 发错了 是5号车");

        assertThat(answer == null ? "" : answer).doesNotContain("实到");
    }
}
