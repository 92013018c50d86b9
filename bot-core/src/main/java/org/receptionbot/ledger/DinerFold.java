package org.receptionbot.ledger;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.receptionbot.event.Meal;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;

/**
 * One delegation's figure at one serving, folded from its people there ({@link Presence}) through the meal's reports in
 * order: the last count as the new base, then cancellations and additions, never below zero ({@link MealTally}).
 */
final class DinerFold {
    private int diners;
    private boolean reported;
    private boolean clipped;
    /** A figure reported stands in place of those {@link Presence} counts. */
    private boolean figured;

    private int late;
    private DinerCount.Carried carried;
    private final List<Entry> lateChanged = new ArrayList<>();
    /** The departures ({@link Entry#movement}) whose leavers a cancellation has taken off this serving. */
    private final Set<String> leaversOff = new HashSet<>();

    private final int base;
    private final DinerCount.Stay stay;

    private DinerFold(int base, DinerCount.Stay stay) {
        this.base = base;
        this.diners = base;
        this.stay = stay;
    }

    static DinerFold of(Presence presence, LocalDate date, Meal meal) {
        return new DinerFold(presence.people(date, meal), presence.stay(date, meal));
    }

    /** Starts an on-request meal's day from {@code last} ({@code null}: 0). */
    void carry(Integer last) {
        diners = Math.min(last == null ? 0 : last, base);
        carried = new DinerCount.Carried(diners, last != null);
    }

    /**
     * Any report of the meal, a cancellation included, makes the delegation reported; a
     * cancellation whose leavers {@link Presence} already took away changes nothing else, unless a figure
     * reported before it stands in place of those present ("福建晚饭32个", then "4个人先回福州 5点的飞机 晚饭少4个"):
     * that figure still counts the leavers, and the cancellation takes them off it. Leavers a cancellation took off
     * are not taken off again by another of the same departure ("先走的那4个改签到晚上8点了 晚饭还是不吃").
     */
    void take(MealRecord r, Entry e, List<Entry> movements, Meal meal, ZoneId zone) {
        boolean again = r instanceof MealCancel && e.movement() != null && leaversOff.contains(e.movement());
        if (again || (!figured && LeaversGone.counted(e, movements, meal, zone))) reported = true;
        else {
            apply(r, e);
            if (r instanceof MealCancel && e.movement() != null) leaversOff.add(e.movement());
        }
    }

    /** A late entry counts as a change only when the figure it leaves differs from the one that stood. */
    void apply(MealRecord r, Entry e) {
        int before = diners;
        apply(r);
        if (e.late() && diners != before) {
            late++;
            lateChanged.add(e);
        }
    }

    private void apply(MealRecord r) {
        reported = true;
        if (r instanceof MealCount c) {
            diners = c.asPlanned() ? base : c.count();
            figured = !c.asPlanned();
            carried = null;
        }
        if (r instanceof MealAdd a) diners += a.count();
        if (r instanceof MealCancel c) cancel(c);
    }

    private void cancel(MealCancel c) {
        if (c.wholeDelegation()) {
            diners = 0;
            return;
        }
        clipped |= c.count() > diners && stay == DinerCount.Stay.THERE;
        diners = Math.max(0, diners - c.count());
    }

    /** The entries sent after the deadline that changed the figure, in order. */
    List<Entry> lateChanged() {
        return lateChanged;
    }

    DinerCount result() {
        return new DinerCount(diners, reported, clipped, late, stay, carried, base);
    }
}
