package org.receptionbot.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

class RecordFieldsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @Test
    void everyKindOfRecordReadsBackAsWritten() {
        List<Record> records = List.of(
                new MealCount("hunan", DAY, "LUNCH", 35),
                new MealCancel("hunan", DAY, "DINNER", null),
                new MealCancel("hunan", DAY, "DINNER", 5),
                new MealAdd("hunan", DAY, "DINNER", 2),
                new Arrival("hunan", DAY, LocalTime.of(15, 40), 35, "G1234"),
                new Departure("hunan", DAY, null, null, null),
                new Headcount("3", 42, "hunan"),
                new Issue(IssueCategory.ROOM, null, "房间没有热水"),
                new Visit("hunan", "beihai", 3),
                new Visit("hunan", "beihai", null),
                new VisitChange("shandong", 1, "baise", "liuzhou"),
                new VisitChange("zhejiang", null, null, null));

        for (Record r : records)
            assertThat(RecordFields.read(RecordFields.write(r))).isEqualTo(r);
    }

    @Test
    void fieldsAreNamedAsInTheContractAndNullsAreLeftOut() {
        assertThat(RecordFields.write(new MealCancel("hunan", DAY, "DINNER", null)))
                .containsExactly(
                        java.util.Map.entry("type", "MEAL_CANCEL"),
                        java.util.Map.entry("delegation", "hunan"),
                        java.util.Map.entry("date", "2026-11-22"),
                        java.util.Map.entry("meal", "DINNER"));
    }

    @Test
    void aVisitChangeWritesItsRoutesAsFromAndTo() {
        assertThat(RecordFields.write(new VisitChange("guangdong", 1, null, "liuzhou")))
                .containsExactly(
                        java.util.Map.entry("type", "VISIT_CHANGE"),
                        java.util.Map.entry("delegation", "guangdong"),
                        java.util.Map.entry("count", "1"),
                        java.util.Map.entry("to", "liuzhou"));
    }
}
