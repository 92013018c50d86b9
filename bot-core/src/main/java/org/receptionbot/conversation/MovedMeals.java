package org.receptionbot.conversation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;

/**
 * A change said of the wrong meal, moved to the right one ("安徽中午少2个", then "刚才说错了 是晚上少2个 不是中午"): the
 * message reads as the right meal's change, says it was said wrong and names the meal it denies; the sender's last
 * report of the past 10 minutes has that meal's change with the same figure. It replaces that record, as an edit of it
 * would, instead of adding a second change. The day stays the earlier record's unless the message names one.
 */
final class MovedMeals {
    private static final Duration RECENT = Duration.ofMinutes(10);
    /** Words that the earlier message was said wrong. */
    private static final Pattern WRONG = Pattern.compile("说错了|报错了|写错了|搞错了|弄错了|不对|错了");
    /** The meal denied: 不是 and a meal word ending the statement ("不是中午", "不是午饭"). */
    private static final Pattern DENIED =
            Pattern.compile("不是(早饭|早餐|午饭|午餐|中饭|中餐|晚饭|晚餐|宵夜|夜宵|早上|中午|晚上)的?(?=[\\s，,。！!~]|$)");
    /** A day named in the message: the record read keeps its own day then. */
    private static final Pattern DAY = Pattern.compile("今天|明天|后天|今晚|明早|明晚|今早|\\d{1,2}[号日]");

    private final Ledger ledger;
    private final MealNames meals;

    MovedMeals(Event event, Ledger ledger) {
        this.ledger = ledger;
        this.meals = new MealNames(event);
    }

    /** The moved change: the earlier entry it replaces and the record in its place; empty when it is none. */
    Optional<Moved> read(ParseOutcome outcome, String text, Asked asked) {
        if (!(outcome instanceof ParseOutcome.Understood u) || u.records().size() != 1) return Optional.empty();
        if (!(u.records().get(0) instanceof MealRecord now)
                || !WRONG.matcher(text).find()) return Optional.empty();
        Matcher denied = DENIED.matcher(text);
        if (!denied.find()) return Optional.empty();
        String wrongMeal = meals.idOf(denied.group(1));
        if (wrongMeal == null || wrongMeal.equals(now.meal())) return Optional.empty();
        Optional<String> last =
                ledger.lastMessageOf(asked.chat(), asked.sender().userId());
        if (last.isEmpty()) return Optional.empty();
        List<Entry> had = ledger.activeEntriesOf(last.get()).stream()
                .filter(e -> e.record() instanceof MealRecord r && sameChange(r, now, wrongMeal))
                .toList();
        if (had.size() != 1 || had.get(0).source().at().isBefore(asked.now().minus(RECENT))) return Optional.empty();
        MealRecord old = (MealRecord) had.get(0).record();
        Record moved = DAY.matcher(text).find() ? now : at(now, old);
        return Optional.of(new Moved(had.get(0), moved));
    }

    /** Whether {@code old} is the change {@code now} says, of the meal denied, for the same delegation. */
    private static boolean sameChange(MealRecord old, MealRecord now, String wrongMeal) {
        if (old.getClass() != now.getClass() || !wrongMeal.equals(old.meal())) return false;
        if (old.delegation() == null || !old.delegation().equals(now.delegation())) return false;
        return java.util.Objects.equals(count(old), count(now));
    }

    private static Integer count(MealRecord r) {
        if (r instanceof MealCount c) return c.count();
        if (r instanceof MealCancel c) return c.count();
        return ((MealAdd) r).count();
    }

    /** {@code now} on the day of {@code old}. */
    private static Record at(MealRecord now, MealRecord old) {
        if (now instanceof MealCount c) return new MealCount(c.delegation(), old.date(), c.meal(), c.count());
        if (now instanceof MealCancel c) return new MealCancel(c.delegation(), old.date(), c.meal(), c.count());
        MealAdd a = (MealAdd) now;
        return new MealAdd(a.delegation(), old.date(), a.meal(), a.count());
    }

    /** The earlier entry a moved change replaces, and the record in its place. */
    record Moved(Entry replaced, Record record) {}
}
