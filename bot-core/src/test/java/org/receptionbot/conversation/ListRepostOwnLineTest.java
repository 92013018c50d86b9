package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trial 53's 辽宁: a 接龙 reposted by a liaison, its other lines already recorded, its own line with a remark ("3. 辽宁 33 吃完走") or unread
 * is not refused as a change to the first team's records: the others are left as they stand and the liaison is told
 * plainly, and asked for their own figure. A line that differs from what stands is still refused.
 */
class ListRepostOwnLineTest {
    private static final LocalDate NEXT = LocalDate.parse("2026-11-24");
    private static final String HEAD = "#接龙 明天（11月24日）早餐人数\n1. 北京 42\n2. 山西 28\n";
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");

    private void firstTwoPosted() {
        f.answerTo("beijing", "18:30", "#接龙 明天（11月24日）早餐人数\n1. 北京 42");
        f.answerTo("shanxi", "18:31", HEAD.strip());
    }

    @ParameterizedTest
    @CsvSource({"liaoning,3. 辽宁 33 吃完走,33", "liaoning,3. 辽宁 33 吃完就走,33", "jilin,3. 吉林 35,35"})
    void theOwnLineIsRecordedAndTheOthersLeft(String team, String line, int count) {
        firstTwoPosted();

        String answer = f.answerTo(team, "18:32", HEAD + line);

        assertThat(answer).doesNotContain("只能由").contains(count + "人");
        assertThat(f.diners(NEXT, "BREAKFAST", team)).isEqualTo(count);
        assertThat(f.diners(NEXT, "BREAKFAST", "beijing")).isEqualTo(42);
        assertThat(f.diners(NEXT, "BREAKFAST", "shanxi")).isEqualTo(28);
    }

    @Test
    void anUnreadOwnLineBesideRecordedOnesIsNoRefusal() {
        firstTwoPosted();

        String answer = f.answerTo("liaoning", "18:32", HEAD + "3. 辽宁 还在统计");

        assertThat(answer).doesNotContain("只能由").contains("已有记录，未改动").contains("辽宁省代表团");
        assertThat(f.diners(NEXT, "BREAKFAST", "beijing")).isEqualTo(42);
        assertThat(f.diners(NEXT, "BREAKFAST", "shanxi")).isEqualTo(28);
    }

    @Test
    void anotherTeamsDifferingLineIsStillRefused() {
        firstTwoPosted();

        String answer = f.answerTo("liaoning", "18:32", "#接龙 明天（11月24日）早餐人数\n1. 北京 40\n2. 山西 28\n3. 辽宁 还在统计");

        assertThat(answer).contains("只能由");
        assertThat(f.diners(NEXT, "BREAKFAST", "beijing")).isEqualTo(42);
    }
}
