package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.event.Person;
import org.receptionbot.event.TestEvents;
import org.receptionbot.ledger.Binding;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.summary.MealBoard;

/**
 * A day of the reference event in the group: 30 delegations report lunch, with an undo, an edit,
 * a late change, an early departure, a partial head count and two issues.
 */
class WholeDayTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private final Event event = served(TestEvents.reference());
    private final ConversationFixture f = new ConversationFixture(event);
    private final Meal lunch = event.meal("LUNCH").orElseThrow();
    private final Meal dinner = event.meal("DINNER").orElseThrow();
    private final Map<String, Integer> expectedLunch = new HashMap<>();

    @Test
    void theDayEndsInTheRightBoards() {
        givenLiaisonsReportLunchInTheMorning();
        withCorrectionsALateChangeAndAnEarlyDeparture();
        withAPartialHeadCountAndIssues();

        MealBoard board = f.core.meals.board(DAY, lunch, ConversationFixture.time("2026-11-22T17:00"));
        int all = event.delegations().stream()
                .mapToInt(d -> expectedLunch.getOrDefault(d.id(), d.size()))
                .sum();
        assertThat(board.total()).isEqualTo(all);
        assertThat(board.locked()).isTrue();
        assertThat(board.notReported())
                .extracting(Delegation::id)
                .containsExactlyInAnyOrder("xinjiang", "bingtuan", "beijing");
        assertThat(board.lateChanges()).hasSize(1);
        assertThat(board.venues().get(0).actual()).isEqualTo(560);
        int dinnerTotal =
                event.delegations().stream().mapToInt(Delegation::size).sum() - 35;
        assertThat(f.core.meals.board(DAY, dinner, Instant.EPOCH).total()).isEqualTo(dinnerTotal);
        assertThat(f.core.movements.board(DAY).lines())
                .singleElement()
                .satisfies(l -> assertThat(l.delegation().id()).isEqualTo("hunan"));
        assertThat(f.core.headcounts.board(DAY))
                .singleElement()
                .satisfies(l -> assertThat(l.missing()).isEqualTo(5));
        assertThat(f.core.issues.pending(ConversationFixture.time("2026-11-22T17:00")))
                .singleElement()
                .satisfies(l -> assertThat(l.old()).isTrue());
    }

    private void givenLiaisonsReportLunchInTheMorning() {
        List<Delegation> reporting = event.delegations().subList(0, 30);
        for (int i = 0; i < reporting.size(); i++) {
            Delegation d = reporting.get(i);
            f.core.bindings.bind(new Binding("sandbox", d.id() + "-li", d.id() + "联络员", d.id(), "tian", Instant.EPOCH));
            int count = d.size() - i % 4;
            String text = d.aliases().get(0) + "午餐" + count + "人";
            f.reads(text, new MealCount(d.id(), DAY, "LUNCH", count));
            f.say(d.id() + "-li", String.format("2026-11-22T08:%02d", i), text);
            expectedLunch.put(d.id(), count);
            assertThat(f.lastTo(GROUP).text()).startsWith("已记录：" + d.name() + " 11月22日（周日）午餐 报餐" + count + "人");
        }
    }

    private void withCorrectionsALateChangeAndAnEarlyDeparture() {
        f.say("beijing-li", "2026-11-22T09:00", "撤销");
        expectedLunch.remove("beijing");
        f.reads("天津午餐25人", new MealCount("tianjin", DAY, "LUNCH", 25));
        IncomingMessage tianjin = f.say("tianjin-li", "2026-11-22T09:10", "天津午餐25人");
        f.reads("天津午餐26人", new MealCount("tianjin", DAY, "LUNCH", 26));
        f.send(new IncomingMessage(
                GROUP,
                tianjin.messageId(),
                "tianjin-li",
                "天津",
                ConversationFixture.time("2026-11-22T09:12"),
                "天津午餐26人",
                null,
                true));
        expectedLunch.put("tianjin", 26);
        f.reads("河北中午少3人", new MealCancel("hebei", DAY, "LUNCH", 3));
        f.say("hebei-li", "2026-11-22T10:30", "河北中午少3人");
        expectedLunch.put("hebei", expectedLunch.get("hebei") - 3);
        assertThat(f.lastTo(COORDINATORS).text()).startsWith("⚠报餐截止后变更");
        f.reads("湖南下午2点提前返程", new Departure("hunan", DAY, LocalTime.of(14, 0), null, "G1234"));
        f.say("hunan-li", "2026-11-22T11:00", "湖南下午2点提前返程");
        assertThat(f.lastTo(GROUP).text()).isEqualTo("""
                已记录：湖南省代表团 11月22日（周日）14:00 离开（全团），G1234
                相应取消用餐：11月22日晚餐至11月29日宵夜（共30餐）""");
    }

    private void withAPartialHeadCountAndIssues() {
        f.reads("3号车实到30人", new Headcount("3", 30, "hunan"));
        f.say("hunan-li", "2026-11-22T12:30", "3号车实到30人");
        assertThat(f.lastTo(GROUP).text()).contains("3号车 实到30人（应到35人，⚠少5人）");
        assertThat(f.lastTo(COORDINATORS).text()).isEqualTo("⚠3号车清点少5人（hunan-li 12:30）：湖南省代表团 实到30人 / 应到35人");
        f.reads("房间没有热水", new Issue(IssueCategory.ROOM, "hubei", "房间没有热水"));
        f.reads("5号车找不到", new Issue(IssueCategory.VEHICLE, "yunnan", "5号车找不到"));
        f.say("hubei-li", "2026-11-22T09:00", "房间没有热水");
        f.say("yunnan-li", "2026-11-22T13:00", "5号车找不到");
        f.say("tian", "2026-11-22T13:05", "/ack 2");
        f.say("tian", "2026-11-22T13:20", "/done 2 已联系司机");
        f.say("tian", "2026-11-22T14:00", "/actual 九院 午餐 560");
    }

    private static Event served(Event ref) {
        Person tian = new Person("田主任", null, Map.of("sandbox", "tian"));
        List<ChatDef> chats = List.of(
                new ChatDef("sandbox", "group", "接待工作群", ChatDef.Role.GROUP),
                new ChatDef("sandbox", "coordinators", "协调组", ChatDef.Role.COORDINATORS));
        return new Event(
                ref.name(),
                ref.zone(),
                ref.start(),
                ref.end(),
                ref.location(),
                ref.meals(),
                ref.venues(),
                ref.hotels(),
                ref.delegations(),
                ref.vehicles(),
                List.of(tian),
                chats,
                ref.visits());
    }
}
