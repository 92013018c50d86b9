package org.receptionbot.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordCodecTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private static final List<Record> ONE_OF_EACH = List.of(
            new MealCount("hunan", DAY, "LUNCH", 35),
            new MealCancel("hunan", DAY, "DINNER", null),
            new MealAdd("hunan", DAY, "DINNER", 2),
            new Arrival("hunan", DAY, LocalTime.of(15, 40), 35, "G1234"),
            new Departure("hunan", DAY, null, 8, null),
            new Headcount("3", 42, "hunan"),
            new Issue(IssueCategory.ROOM, "hunan", "房间没有热水"),
            new Visit("hunan", "beihai", 3),
            new VisitChange("shandong", 1, "baise", "liuzhou"));

    @Test
    void everyKindOfTheContractHasARecordTypeThatNamesIt() {
        Set<RecordCodec.Kind> seen = EnumSet.noneOf(RecordCodec.Kind.class);
        for (Record r : ONE_OF_EACH) seen.add(RecordCodec.kind(r.type()));
        assertThat(seen).containsExactlyInAnyOrder(RecordCodec.Kind.values());
    }

    @Test
    void everyRecordReadsBackFromItsFieldsAsText() {
        for (Record r : ONE_OF_EACH) {
            Map<String, Object> fields = RecordCodec.fields(r);
            Record back = RecordCodec.read(r.type(), name -> {
                Object v = fields.get(name);
                return v == null ? null : v.toString();
            });
            assertThat(back).isEqualTo(r);
        }
    }

    @Test
    void theComparedFieldsAreTheRecordsFieldsInTheContractsOrder() {
        for (Record r : ONE_OF_EACH) {
            List<String> names = List.copyOf(RecordCodec.fields(r).keySet());
            List<String> compared = RecordCodec.kind(r.type()).compared();
            assertThat(names.subList(0, compared.size())).as(r.type()).isEqualTo(compared);
        }
    }

    @Test
    void nullsAreKeptAsFieldsWithNoValue() {
        assertThat(RecordCodec.fields(new Departure("hunan", DAY, null, null, null)))
                .containsEntry("time", null)
                .containsEntry("count", null)
                .containsEntry("transport", null)
                .containsEntry("part", null)
                .hasSize(6);
    }

    @Test
    void aMovementsPartOfTheDayIsStoredButNotAmongTheComparedFields() {
        Departure afternoon = new Departure("hunan", DAY, null, 8, null, PartOfDay.AFTERNOON);
        Map<String, Object> fields = RecordCodec.fields(afternoon);

        assertThat(fields).containsEntry("part", "AFTERNOON");
        assertThat(RecordCodec.kind("DEPARTURE").compared()).doesNotContain("part");
        assertThat(RecordCodec.read(
                        "DEPARTURE",
                        name -> fields.get(name) == null
                                ? null
                                : fields.get(name).toString()))
                .isEqualTo(afternoon);
    }

    @Test
    void aClockTimeLeavesNoPartOfTheDay() {
        assertThat(new Arrival("hunan", DAY, LocalTime.of(15, 0), 8, null, PartOfDay.AFTERNOON).part())
                .isNull();
    }
}
