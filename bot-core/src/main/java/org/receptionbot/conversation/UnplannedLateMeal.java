package org.receptionbot.conversation;

import java.time.LocalTime;
import java.util.regex.Pattern;
import org.receptionbot.event.Event;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;

/**
 * A late-night meal ordered on an event that plans none ("重庆今晚宵夜5份" on the conference): the order is filed as a meal
 * matter and passed on, and the answer says first that the event plans no such meal, so the sender knows it is a
 * request to be arranged, not a figure recorded or refused.
 */
final class UnplannedLateMeal {
    private static final Pattern LATE = Pattern.compile("宵夜|夜宵|夜餐");

    private UnplannedLateMeal() {}

    /** "本次活动未安排宵夜，" for such an order, else the empty string. */
    static String note(Event event, Issue issue) {
        if (issue.category() != IssueCategory.MEAL
                || !LATE.matcher(issue.text()).find()) return "";
        boolean planned = event.meals().stream().anyMatch(m -> !m.serveFrom().isBefore(LocalTime.of(21, 0)));
        return planned ? "" : "本次活动未安排宵夜，";
    }
}
