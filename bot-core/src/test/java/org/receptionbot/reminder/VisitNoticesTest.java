package org.receptionbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.reminder.ConferenceDay.BEIHAI_SITE;
import static org.receptionbot.reminder.ConferenceDay.COORDINATORS;
import static org.receptionbot.reminder.ConferenceDay.GROUP;
import static org.receptionbot.reminder.VisitNotices.Kind.COUNT;
import static org.receptionbot.reminder.VisitNotices.Kind.LIST;
import static org.receptionbot.reminder.VisitNotices.Kind.UPDATE;

import org.junit.jupiter.api.Test;
import org.receptionbot.chat.Reply;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

class VisitNoticesTest {
    private final ConferenceDay day = new ConferenceDay();

    @Test
    void theListsAndCountChecksFallAtTheLeadBeforeArrivalAndAfterDeparture() {
        assertThat(day.notices.ahead(day.instant("2026-12-09T12:00")))
                .filteredOn(d -> d.route().equals("beihai"))
                .extracting(d -> d.kind() + " " + d.at())
                .containsExactly("COUNT " + day.instant("2026-12-09T14:00"), "LIST " + day.instant("2026-12-09T15:00"));
    }

    @Test
    void theRoutesListGoesToItsSiteAndTheCoordinatorsOnce() {
        day.say("2026-12-09T11:00", new VisitChange("hunan", 1, "beihai", "liuzhou"));

        assertThat(day.fire(LIST, "beihai", "2026-12-09T15:00")).isEqualTo(Spoken.SAID);
        assertThat(day.fire(LIST, "beihai", "2026-12-09T15:01")).isEqualTo(Spoken.ALREADY_SAID);

        assertThat(day.outbox.sentTo(BEIHAI_SITE))
                .singleElement()
                .extracting(Reply::text)
                .asString()
                .startsWith("【考察名单】北海线预计16:30到达，当前名单如下：\n【北海线】")
                .contains("湖南省住房和城乡建设厅 2人（计划3人）", "3号车 桂A·H3103 覃师傅", "随车联络员随车3 13500000003")
                .contains("\n各团联络员：\n  湖南省住房和城乡建设厅 高霞 13977100117\n此后如有变动将另行通知。");
        assertThat(day.outbox.sentTo(COORDINATORS)).hasSize(1);
        assertThat(day.outbox.sentTo(GROUP)).isEmpty();
    }

    @Test
    void aRouteWithoutASiteChatStillReachesTheCoordinators() {
        assertThat(day.fire(LIST, "liuzhou", "2026-12-09T15:00")).isEqualTo(Spoken.SAID);

        assertThat(day.outbox.sentTo(COORDINATORS))
                .singleElement()
                .extracting(Reply::text)
                .asString()
                .startsWith("【考察名单】柳州线");
    }

    @Test
    void aChangeAfterTheListIsSentOnceAsAnUpdateAgainstTheList() {
        day.fire(LIST, "beihai", "2026-12-09T15:00");
        day.outbox.clear();
        assertThat(day.fire(UPDATE, "beihai", "2026-12-09T15:05")).isEqualTo(Spoken.NOTHING_TO_SAY);

        day.say("2026-12-09T15:10", new VisitChange("hunan", 2, "beihai", null));
        assertThat(day.fire(UPDATE, "beihai", "2026-12-09T15:11")).isEqualTo(Spoken.SAID);
        assertThat(day.fire(UPDATE, "beihai", "2026-12-09T15:12")).isEqualTo(Spoken.ALREADY_SAID);

        assertThat(day.outbox.sentTo(BEIHAI_SITE))
                .singleElement()
                .extracting(Reply::text)
                .asString()
                .isEqualTo("【考察名单更新】北海线预计16:30到达\n与15:00发送的名单相比：\n"
                        + "  湖南省住房和城乡建设厅 3人→1人\n现应到84人（原计划86人）；3、4、5、9号车尚未报清点人数");
        assertThat(day.outbox.sentTo(COORDINATORS)).hasSize(1);
    }

    @Test
    void aSecondChangeGivesASecondUpdateWithBothAndAHeadCountIsAChangeToo() {
        day.fire(LIST, "beihai", "2026-12-09T15:00");
        day.say("2026-12-09T15:10", new VisitChange("hunan", 2, "beihai", null));
        day.fire(UPDATE, "beihai", "2026-12-09T15:11");
        day.outbox.clear();

        day.say("2026-12-09T15:20", new Headcount("3", 40, null));
        assertThat(day.fire(UPDATE, "beihai", "2026-12-09T15:21")).isEqualTo(Spoken.SAID);

        assertThat(day.outbox.sentTo(BEIHAI_SITE))
                .singleElement()
                .extracting(Reply::text)
                .asString()
                .contains("湖南省住房和城乡建设厅 3人→1人", "3号车 实到40人", "1/4辆车已清点，实到40人")
                .contains("；4、5、9号车尚未报清点人数");
    }

    @Test
    void aChangeUndoneAfterItsUpdateIsToldOnceAsTheListRestored() {
        day.fire(LIST, "beihai", "2026-12-09T15:00");
        var change = day.say("2026-12-09T15:10", new VisitChange("hunan", 2, "beihai", null));
        day.fire(UPDATE, "beihai", "2026-12-09T15:11");
        day.outbox.clear();

        day.undo(change, "2026-12-09T15:20");
        assertThat(day.fire(UPDATE, "beihai", "2026-12-09T15:21")).isEqualTo(Spoken.SAID);
        assertThat(day.fire(UPDATE, "beihai", "2026-12-09T15:22")).isEqualTo(Spoken.ALREADY_SAID);

        assertThat(day.outbox.sentTo(BEIHAI_SITE))
                .singleElement()
                .extracting(Reply::text)
                .asString()
                .contains("此前通知的变动已撤回，名单恢复为发送时的人数", "湖南省住房和城乡建设厅 1人→3人", "现应到86人（原计划86人）");
    }

    @Test
    void aFigureChangedBackAndAgainIsEachTimeAnUpdate() {
        day.fire(LIST, "beihai", "2026-12-09T15:00");
        day.say("2026-12-09T15:10", new VisitChange("hunan", 2, "beihai", null));
        day.fire(UPDATE, "beihai", "2026-12-09T15:11");
        day.say("2026-12-09T15:20", new Visit("hunan", "beihai", 3));
        assertThat(day.fire(UPDATE, "beihai", "2026-12-09T15:21")).isEqualTo(Spoken.SAID);
        day.say("2026-12-09T15:30", new Visit("hunan", "beihai", 1));
        day.outbox.clear();

        assertThat(day.fire(UPDATE, "beihai", "2026-12-09T15:31")).isEqualTo(Spoken.SAID);
        assertThat(day.fire(UPDATE, "beihai", "2026-12-09T15:32")).isEqualTo(Spoken.ALREADY_SAID);
        assertThat(day.outbox.sentTo(BEIHAI_SITE))
                .singleElement()
                .extracting(Reply::text)
                .asString()
                .contains("湖南省住房和城乡建设厅 3人→1人");
    }

    @Test
    void nothingIsSaidBeforeItsTimeAsWhenARouteWasMovedAfterItsTriggersWereSet() {
        assertThat(day.fire(LIST, "beihai", "2026-12-09T14:59")).isEqualTo(Spoken.NOTHING_TO_SAY);
        assertThat(day.fire(COUNT, "beihai", "2026-12-09T13:59")).isEqualTo(Spoken.NOTHING_TO_SAY);
        assertThat(day.fire(LIST, "beihai", "2026-12-09T15:00")).isEqualTo(Spoken.SAID);
    }

    @Test
    void nothingIsSaidOnceTheBusesHaveArrived() {
        assertThat(day.fire(LIST, "beihai", "2026-12-09T16:30")).isEqualTo(Spoken.TOO_LATE);
        assertThat(day.fire(UPDATE, "beihai", "2026-12-09T16:31")).isEqualTo(Spoken.TOO_LATE);
        assertThat(day.fire(COUNT, "beihai", "2026-12-09T16:30")).isEqualTo(Spoken.TOO_LATE);
        assertThat(day.outbox.sent()).isEmpty();
    }

    @Test
    void busesWithoutAHeadCountHaveTheirLiaisonsRemindedByNameAndTheCoordinatorsTold() {
        day.say("2026-12-09T13:35", new Headcount("3", 44, null));

        assertThat(day.fire(COUNT, "beihai", "2026-12-09T14:00")).isEqualTo(Spoken.SAID);
        assertThat(day.fire(COUNT, "beihai", "2026-12-09T14:01")).isEqualTo(Spoken.ALREADY_SAID);

        assertThat(day.outbox.sentTo(GROUP))
                .singleElement()
                .extracting(Reply::text)
                .asString()
                .startsWith("【清点提醒】北海线13:30出发，已过30分钟，以下3辆车尚未报清点人数：\n")
                .contains("  4号车 桂A·H3104（随车联络员 随车4 13500000004）")
                .contains("  9号车 桂A·H3109（未指定随车联络员，司机 廖师傅）")
                .doesNotContain("3号车 桂A");
        assertThat(day.outbox.sentTo(COORDINATORS))
                .singleElement()
                .extracting(Reply::text)
                .asString()
                .startsWith("⚠北海线13:30出发")
                .endsWith("本线应到86人。");
    }

    @Test
    void aBusCountedInTheMorningIsStillRemindedAfterDepartureWithItsEarlyCountNamed() {
        day.say("2026-12-09T09:00", new Headcount("1", 30, null));
        day.say("2026-12-09T13:20", new Headcount("2", 33, null));

        assertThat(day.fire(COUNT, "baise", "2026-12-09T14:00")).isEqualTo(Spoken.SAID);

        assertThat(day.outbox.sentTo(GROUP))
                .singleElement()
                .extracting(Reply::text)
                .asString()
                .startsWith("【清点提醒】百色线13:30出发，已过30分钟，以下1辆车尚未报清点人数：\n")
                .contains("  1号车 桂A·H3101（", "；09:00报过30人，非登车清点）")
                .doesNotContain("2号车 桂A");
        assertThat(day.outbox.sentTo(COORDINATORS))
                .singleElement()
                .extracting(Reply::text)
                .asString()
                .contains("09:00报过30人，非登车清点");
    }

    @Test
    void busesCountedAtBoardingAreNotReminded() {
        day.say("2026-12-09T13:20", new Headcount("1", 30, null), new Headcount("2", 33, null));

        assertThat(day.fire(COUNT, "baise", "2026-12-09T14:00")).isEqualTo(Spoken.NOTHING_TO_SAY);
        assertThat(day.outbox.sent()).isEmpty();
    }

    @Test
    void aRouteWhoseBusesHaveAllCountedNeedsNoReminder() {
        day.say("2026-12-09T13:35", new Headcount("1", 30, null), new Headcount("2", 33, null));

        assertThat(day.fire(COUNT, "baise", "2026-12-09T14:00")).isEqualTo(Spoken.NOTHING_TO_SAY);
    }
}
