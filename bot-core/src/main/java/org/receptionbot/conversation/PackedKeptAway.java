package org.receptionbot.conversation;

import java.util.List;
import java.util.regex.Pattern;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.PackedOrder;

/**
 * A team's seated meal called off because it eats away ("中午我们餐厅一个人都不吃 全在赛场") after it ordered packed
 * portions of that serving: the portions are what it eats there, so the order stands and no one sits. The
 * cancellation of the whole team is read as the meal's count of the portions (seated 0, packed all), so that the
 * caterer's board keeps the order its ticket still asks for. A meal not eaten at all ("中午不吃了") takes the packing
 * along, as before ({@link org.receptionbot.summary.MealBoards#packed}).
 */
final class PackedKeptAway {
    /** Eating away: at the venue, a training hall, outside (全在赛场, 在体育馆吃, 在外面吃). */
    private static final Pattern AWAY = Pattern.compile("在(?:赛场|场馆|体育馆|训练馆|比赛场|比赛现场|外面|外边|外头|现场|场地)");
    /** Words that the meal is not eaten, or packed no more: the order goes. */
    private static final Pattern OFF = Pattern.compile("不用打包|不要打包|不打包|打包的?(?:取消|不要)|不吃饭|饿着");

    private final Event event;
    private final MealBoards boards;

    PackedKeptAway(Event event, Ledger ledger) {
        this.event = event;
        this.boards = new MealBoards(event, ledger);
    }

    /** {@code read} with each whole-team cancellation of an eaten-away serving with standing packed portions as their count. */
    ParseOutcome read(ParseOutcome read, String text) {
        if (!(read instanceof ParseOutcome.Understood u)
                || !AWAY.matcher(text).find()
                || OFF.matcher(text).find()) return read;
        List<Record> records = u.records().stream().map(this::kept).toList();
        return records.equals(u.records()) ? read : read.withRecords(records);
    }

    private Record kept(Record r) {
        if (!(r instanceof MealCancel c) || c.count() != null || c.delegation() == null) return r;
        return event.meal(c.meal())
                .flatMap(meal -> boards.packed(c.date(), meal).stream()
                        .filter(o -> c.delegation().equals(o.delegation()) && o.portions() > 0)
                        .map(PackedOrder::portions)
                        .findFirst())
                .<Record>map(portions -> new MealCount(c.delegation(), c.date(), c.meal(), portions))
                .orElse(r);
    }
}
