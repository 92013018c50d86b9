package org.receptionbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.receptionbot.access.Sender;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.testing.CoreWiring;
import org.receptionbot.testing.InMemoryLedger;
import org.receptionbot.testing.MutableClock;
import org.receptionbot.testing.RecordingOutbox;
import org.receptionbot.testing.Sources;

/** The event runs from 11-20 to 11-26; the workbook covers the reception's days (arrivals before, departures after). */
class ExportCommandTest {
    private final Event event = TestEvents.withPeople();
    private final List<ExportContent> sent = new ArrayList<>();
    private final ExportCommand export = exporter(event);

    private ExportCommand exporter(Event event) {
        return new ExportCommand(
                event,
                CoreWiring.inMemory(
                                event,
                                new InMemoryLedger(),
                                new RecordingOutbox(),
                                new MutableClock(Sources.instant("2026-11-22T08:00"), ZoneId.of("Asia/Shanghai")))
                        .exportBuilder,
                (chat, replyTo, content) -> sent.add(content));
    }

    private String ask(LocalDate from, LocalDate to) {
        return ask(export, from, to);
    }

    private String ask(ExportCommand export, LocalDate from, LocalDate to) {
        Asked asked = new Asked(
                Sources.at("2026-11-22T09:00", "tian"),
                new Sender.Coordinator("tian", "田主任"),
                null,
                LocalDate.of(2026, 11, 22));
        return export.export(new Command.Export(from, to), asked).text();
    }

    @Test
    void aRangeReachingOutsideTheEventIsTrimmedToItsDatesAndSaysSo() {
        assertThat(ask(LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 23)))
                .isEqualTo("报表已生成：11月20日（周五）至11月23日（周一）。超出接待期间（11月20日（周五）至11月26日（周四））的日期未导出。");
        assertThat(sent).singleElement().satisfies(c -> assertThat(c.days()).hasSize(4));
    }

    @Test
    void aRangeWhollyOutsideTheEventIsRefused() {
        assertThat(ask(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 29))).startsWith("导出日期需在接待期间内");
        assertThat(sent).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDepartureDayAfterTheLastDayIsExportedWhenATeamIsPlannedToLeaveThen() {
        Map<String, Object> tree = TestEvents.tree("/events/event-with-people.yml");
        Map<String, Object> hunan = ((List<Map<String, Object>>) tree.get("delegations")).get(0);
        hunan.put("departure", Map.of("date", "2026-11-27", "time", "09:00", "transport", "K1158"));
        assertThat(ask(exporter(TestEvents.read(tree)), LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 28)))
                .isEqualTo("报表已生成：11月26日（周四）至11月27日（周五）。超出接待期间（11月20日（周五）至11月27日（周五））的日期未导出。");
        assertThat(sent).singleElement().satisfies(c -> assertThat(c.days()).hasSize(2));
    }
}
