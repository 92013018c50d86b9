package org.receptionbot.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.record.MealCancel;
import org.receptionbot.testing.Sources;

class EntryFieldsTest {

    @Test
    void entriesAndWithdrawalsReadBackAsWritten() {
        Source s = Sources.at("2026-11-22T16:10", "李娜");
        Entry e = new Entry(
                s.messageKey() + "#0",
                LocalDate.of(2026, 11, 22),
                new MealCancel("hunan", LocalDate.of(2026, 11, 22), "DINNER", null),
                s,
                true);
        Withdrawal w = new Withdrawal(e.id(), Sources.at("2026-11-22T16:12", "李娜"));

        assertThat(EntryFields.readEntry(EntryFields.write(e))).isEqualTo(e);
        assertThat(EntryFields.readWithdrawal(EntryFields.write(w))).isEqualTo(w);
        assertThat(EntryFields.write(e))
                .containsEntry("type", "MEAL_CANCEL")
                .containsEntry("source.sender", "李娜")
                .containsEntry("entry.late", "true");
    }

    @Test
    void aConfirmationKeepsWhenWhatItRecordsWasFirstReported() {
        Source first = Sources.at("2026-11-22T10:00", "李娜");
        Source s = Sources.at("2026-11-22T16:25", "李娜").knownSince(first.at());
        Entry e = new Entry(
                s.messageKey() + "#0",
                LocalDate.of(2026, 11, 22),
                new MealCancel("hunan", LocalDate.of(2026, 11, 22), "DINNER", null),
                s,
                false);

        Entry read = EntryFields.readEntry(EntryFields.write(e));

        assertThat(read).isEqualTo(e);
        assertThat(read.source().knownAt()).isEqualTo(first.at());
        assertThat(Sources.at("2026-11-22T16:25", "李娜").knownAt()).isEqualTo(s.at());
    }
}
