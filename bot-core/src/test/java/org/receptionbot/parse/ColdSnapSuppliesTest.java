package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;

/**
 * Trial 62, the cold snap: coats wished borrowed with their number of pieces apart (也想借点大衣 15件) are a request
 * ({@link SuppliesAsked}); the temperature said beside it (降到零下5度) counts no one ({@link BareNumbers}).
 */
class ColdSnapSuppliesTest {
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-24T16:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"neimenggu|明天早上降到零下5度 内蒙古这边也想借点大衣 15件 室外项目", "neimenggu|还想借军大衣20件", "xinjiang|明天零下3度 想借点棉衣 10件"})
    void coatsWishedBorrowedAreARequest(String sender, String text) {
        ParseOutcome read = SPORTS.read(text, sender);
        assertThat(read.records()).as(text).singleElement().isInstanceOfSatisfying(Issue.class, i -> {
            assertThat(i.category()).isEqualTo(IssueCategory.OTHER);
            assertThat(i.delegation()).isEqualTo(sender);
        });
        assertThat(read).as(text).isInstanceOf(ParseOutcome.Understood.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // coats handed out already, or not wanted, ask nothing
                "xinjiang|大衣收到了 借的20件都发下去了",
                "neimenggu|不借大衣了 15件够了"
            })
    void coatsNotAskedForAreNoRequest(String sender, String text) {
        assertThat(SPORTS.read(text, sender).records()).as(text).noneMatch(r -> r instanceof Issue);
    }
}
