package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.receptionbot.event.Event;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.parse.PackingLines;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;

/**
 * A list of teams' figures, one a line (a 接龙: "2. 海南 打包20份 其余在赛场吃", "3. 广东 37 其中5个打包"): each packing
 * line the parser gives ({@link PackingLines}) is read by {@link PackedMeals} on its own, with the records of the one
 * team it names; the list's header ("10点前接龙") and the other lines are no part of its order.
 */
final class PackedListLines {
    private final Event event;

    PackedListLines(Event event) {
        this.event = event;
    }

    /** Whether {@code text} is a list of several lines with a packing in one of them ({@link PackingLines#list}). */
    static boolean list(String text) {
        return PackingLines.list(text);
    }

    /**
     * {@code read} with each packing line read by {@code one} over the records of the team it names; the records of
     * lines that name no team, or several, are left as read.
     */
    ParseOutcome read(ParseOutcome.Understood read, String text, BiFunction<ParseOutcome, String, ParseOutcome> one) {
        List<Record> records = new ArrayList<>(read.records());
        boolean changed = false;
        for (PackingLines.Line line : PackingLines.of(text, event)) {
            List<Record> mine = records.stream()
                    .filter(r -> line.delegation().equals(r.delegation()))
                    .toList();
            if (mine.isEmpty()) continue;
            List<Record> packed = one.apply(new ParseOutcome.Understood(mine), line.said()).records().stream()
                    .map(r -> withServing(r, mine))
                    .toList();
            if (packed.equals(mine)) continue;
            int at = records.indexOf(mine.get(0));
            records.removeAll(mine);
            records.addAll(at, packed);
            changed = true;
        }
        return changed ? read.withRecords(records) : read;
    }

    /**
     * A line's packing with the serving its team's figure is for ("11月23日午餐：打包20份"): the line names no meal, the
     * list's header does.
     */
    private Record withServing(Record r, List<Record> line) {
        if (!(r instanceof Issue i) || i.category() != IssueCategory.MEAL) return r;
        MealRecord figure = line.stream()
                .filter(MealRecord.class::isInstance)
                .map(MealRecord.class::cast)
                .findFirst()
                .orElse(null);
        if (figure == null
                || event.meals().stream().flatMap(m -> m.names().stream()).anyMatch(i.text()::contains)) return r;
        String serving = event.meal(figure.meal())
                .map(m -> figure.date().getMonthValue() + "月" + figure.date().getDayOfMonth() + "日" + m.label() + "：")
                .orElse("");
        return new Issue(i.category(), i.delegation(), serving + i.text(), i.said());
    }
}
