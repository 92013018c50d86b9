package org.receptionbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.receptionbot.reminder.Reminder;
import org.receptionbot.reminder.ReminderStore;

/**
 * What every {@link ReminderStore} must do. A store's test extends this and gives a fresh, empty
 * store; the in-memory one is checked by {@code InMemoryReminderStoreTest}.
 */
public abstract class ReminderStoreContract {
    private static final Instant DUE = Instant.parse("2026-11-22T23:30:00Z");

    /** A fresh, empty store. */
    protected abstract ReminderStore store();

    @Test
    void storesEachReminderUnderTheNextIdFromOne() {
        ReminderStore store = store();

        Reminder first = store.add(DUE, "各代表团带好参赛证", "田主任");
        Reminder second = store.add(DUE, "领取参赛证", "向春梅");

        assertThat(first).isEqualTo(new Reminder(1, DUE, "各代表团带好参赛证", "田主任"));
        assertThat(second.id()).isEqualTo(2);
        assertThat(store.find(1)).contains(first);
        assertThat(store.find(2)).contains(second);
    }

    @Test
    void givesAReminderBackAsItWasAddedEvenWithoutAnAuthor() {
        ReminderStore store = store();

        Reminder anonymous = store.add(DUE, "无人署名的提醒", null);

        assertThat(store.find(anonymous.id())).contains(anonymous);
        assertThat(store.all()).containsExactly(anonymous);
    }

    @Test
    void findsAndRemovesNothingUnderAnIdItNeverGave() {
        ReminderStore store = store();
        store.add(DUE, "领取参赛证", "田主任");

        assertThat(store.find(7)).isEmpty();
        assertThat(store.remove(7)).isEmpty();
        assertThat(store.all()).hasSize(1);
    }

    @Test
    void listsEveryReminderByDueTimeThenById() {
        ReminderStore store = store();
        Reminder later = store.add(DUE.plusSeconds(3600), "领取参赛证", "田主任");
        Reminder first = store.add(DUE, "各代表团带好参赛证", "田主任");
        Reminder sameTime = store.add(DUE, "核对车辆", "向春梅");

        assertThat(store.all()).containsExactly(first, sameTime, later);
    }

    @Test
    void removesAReminderOnceAndNeverGivesItsIdAgain() {
        ReminderStore store = store();
        Reminder one = store.add(DUE, "各代表团带好参赛证", "田主任");
        Reminder two = store.add(DUE, "领取参赛证", "田主任");

        assertThat(store.remove(two.id())).contains(two);
        assertThat(store.remove(two.id())).isEmpty();
        assertThat(store.find(two.id())).isEmpty();
        assertThat(store.all()).containsExactly(one);
        assertThat(store.add(DUE, "新提醒", "向春梅").id()).isEqualTo(3);
    }

    @Test
    void ofCallersRemovingOneReminderAtTheSameMomentOnlyOneGetsIt() {
        ReminderStore store = store();
        Reminder due = store.add(DUE, "各代表团带好参赛证", "田主任");

        List<Optional<Reminder>> taken = Race.of(8, () -> store.remove(due.id()));

        assertThat(taken).filteredOn(Optional::isPresent).containsExactly(Optional.of(due));
    }

    @Test
    void remindersAddedAtTheSameMomentGetDistinctIds() {
        ReminderStore store = store();

        List<Integer> ids = Race.of(8, () -> store.add(DUE, "核对车辆", "向春梅").id());

        assertThat(ids).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(store.all()).hasSize(8);
    }
}
