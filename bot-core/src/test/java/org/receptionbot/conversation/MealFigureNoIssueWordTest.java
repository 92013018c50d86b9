package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A meal's figure in words from a delegation with one pending issue is no word on that issue: an estimate gets the
 * estimate's question (real parser).
 */
class MealFigureNoIssueWordTest {
    @Test
    void anEstimatedMealFigureIsAskedAboutNotAddedToTheIssue() {
        for (String said : new String[] {"青海晚上二十七八个吧", "青海中午三十来个", "晚饭二十六七个", "青海明天早饭三四十个吧", "晚上二十五六个人"}) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
            f.answerTo("qinghai", "2026-11-23T07:11", "青海的车胎好像没气了 司机在弄");

            String answer = f.answerTo("qinghai", "2026-11-23T12:10", said);

            assertThat(answer).as(said).contains("是估计数").doesNotContain("补充").doesNotContain("问题#1");
            assertThat(f.issue(1).followUps()).as(said).isEmpty();
        }
    }

    @Test
    void wordsOnTheIssueAreStillItsFollowUp() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.answerTo("qinghai", "2026-11-23T07:11", "房间没有热水");

        assertThat(f.answerTo("qinghai", "2026-11-23T09:30", "洗澡水还是冷的")).contains("问题#1");
        assertThat(f.issue(1).followUps()).hasSize(1);
    }
}
