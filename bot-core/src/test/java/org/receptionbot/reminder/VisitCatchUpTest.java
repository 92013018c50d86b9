package org.receptionbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.chat.Reply;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.VisitChange;

/** The rehearsal's catch-up does the site-visit work too: lists, count checks, updates, the evening's routes. */
class VisitCatchUpTest {
    private final ConferenceDay day = new ConferenceDay();
    private final TimedJobs jobs = day.jobs();
    private final CatchUp catchUp = jobs.catchUp(jobs.briefings(day.boards), jobs.reminders(), day.notices);

    private void between(String from, String to) {
        catchUp.between(day.instant(from), day.instant(to));
    }

    private String lastTo(org.receptionbot.chat.ChatRef chat) {
        var sent = day.outbox.sentTo(chat);
        return sent.isEmpty() ? "" : sent.get(sent.size() - 1).text();
    }

    @Test
    void aJumpPastARoutesArrivalSaysNothingOfTheRoute() {
        between("2026-12-09T13:00", "2026-12-09T17:00");

        assertThat(day.outbox.sentTo(ConferenceDay.BEIHAI_SITE)).isEmpty();
        assertThat(day.outbox.sent()).noneMatch(r -> r.text().contains("北海线"));
    }

    @Test
    void aJumpPastLunchOnTheVisitDaySendsNoLockedLunchBoard() {
        between("2026-12-09T09:00", "2026-12-09T13:35");

        assertThat(day.outbox.sent()).noneMatch(r -> r.text().startsWith("【报餐截止】"));
    }

    @Test
    void anAfternoonRehearsedSaysTheCountCheckTheListAndTheUpdateEachOnceInOrder() {
        between("2026-12-09T13:00", "2026-12-09T14:05");
        assertThat(lastTo(ConferenceDay.GROUP)).startsWith("【清点提醒】");

        day.say("2026-12-09T14:10", new Headcount("3", 40, null));
        between("2026-12-09T14:05", "2026-12-09T15:05");
        assertThat(lastTo(ConferenceDay.BEIHAI_SITE)).startsWith("【考察名单】北海线").contains("3号车 桂A·H3103");

        day.say("2026-12-09T15:20", new VisitChange("hunan", 1, "beihai", null));
        between("2026-12-09T15:05", "2026-12-09T15:25");
        assertThat(lastTo(ConferenceDay.BEIHAI_SITE)).startsWith("【考察名单更新】").contains("3人→2人");

        int before = day.outbox.sent().size();
        between("2026-12-09T15:25", "2026-12-09T17:00");
        between("2026-12-09T13:00", "2026-12-09T17:00");
        assertThat(day.outbox.sent().subList(before, day.outbox.sent().size()))
                .extracting(Reply::text)
                .noneMatch(t -> t.contains("北海线"));
    }

    @Test
    void theEveningBeforeTheBriefingGivesEachOfTomorrowsRoutesInOneLine() {
        day.say("2026-12-08T18:00", new VisitChange("hunan", 1, "beihai", null));
        between("2026-12-08T19:55", "2026-12-08T20:05");

        assertThat(lastTo(ConferenceDay.COORDINATORS))
                .startsWith("【明日安排】12月9日（周三）")
                .contains("考察线路（3条）：\n【百色线】13:30出发，17:00到达：")
                .containsPattern("【北海线】13:30出发，16:30到达：\\d+人（计划\\d+人），\\d+个团，4辆车(共\\d+座)?，计划后变更1条；名单请发“/visits 北海线”")
                .contains("【柳州线】")
                .doesNotContain("1号车 桂A·H3101 黄师傅");
    }
}
