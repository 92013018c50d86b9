package org.receptionbot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Headcount;
import org.receptionbot.testing.CoreWiring;
import org.receptionbot.testing.InMemoryLedger;
import org.receptionbot.testing.RecordingOutbox;
import org.receptionbot.testing.Sources;

/** The bus head counts an export holds: per day, each bus's last count, for its route or delegation. */
class ExportCountsTest {
    private static final LocalDate VISIT_DAY = LocalDate.of(2026, 12, 9);

    private final CoreWiring core = CoreWiring.inMemory(
            TestEvents.conference(), new InMemoryLedger(), new RecordingOutbox(), Clock.systemUTC());

    @Test
    void eachCountedBusOfTheDayIsThereWithItsRouteOrDelegationWhoReportedItAndWhenAndTheRouteBusesNotCounted() {
        count("6", 28, "2026-12-09T13:20", "刘洋");
        count("6", 30, "2026-12-09T13:28", "刘洋");
        count("11", 3, "2026-12-09T08:40", "陈红");

        ExportContent content =
                core.exportBuilder.build(VISIT_DAY.minusDays(1), VISIT_DAY, Sources.instant("2026-12-09T18:00"));

        assertThat(content.days().get(0).counts()).isEmpty();
        assertThat(content.days().get(1).counts())
                .extracting(
                        c -> c.vehicle().id(),
                        ExportContent.Count::task,
                        ExportContent.Count::counted,
                        ExportContent.Count::expected,
                        ExportContent.Count::reporter,
                        ExportContent.Count::at)
                .containsExactly(
                        notCounted("1", "百色线"),
                        notCounted("2", "百色线"),
                        notCounted("3", "北海线"),
                        notCounted("4", "北海线"),
                        notCounted("5", "北海线"),
                        org.assertj.core.groups.Tuple.tuple(
                                "6", "柳州线", 30, null, "刘洋", Sources.instant("2026-12-09T13:28")),
                        notCounted("7", "柳州线"),
                        notCounted("9", "北海线"),
                        org.assertj.core.groups.Tuple.tuple(
                                "11", "生态环境部", 3, 4, "陈红", Sources.instant("2026-12-09T08:40")));
        assertThat(content.days().get(1).counts().get(7).note()).isEqualTo("未指定随车联络员，司机 廖师傅");
    }

    private static org.assertj.core.groups.Tuple notCounted(String bus, String route) {
        return org.assertj.core.groups.Tuple.tuple(bus, route, null, null, null, null);
    }

    private void count(String vehicle, int people, String at, String reporter) {
        var source = Sources.at(at, reporter);
        core.recorder.apply(source, List.of(new Headcount(vehicle, people, null)));
    }
}
