package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;

/**
 * A list of teams' figures, one a line (a 接龙: "2. 海南 打包20份 其余在赛场吃", "3. 广东 37 其中5个打包"): each line that
 * speaks of packing is read by {@link PackedMeals} on its own, with the records of the one team it names; the
 * list's header ("10点前接龙") and the other lines are no part of its order.
 */
final class PackedListLines {
    /** A list line's number: "3. ", "3、", "3）". */
    private static final java.util.regex.Pattern NUMBERED =
            java.util.regex.Pattern.compile("^[0-9]{1,3}\\s*[.、．)）]\\s*");

    private final Event event;

    PackedListLines(Event event) {
        this.event = event;
    }

    /** Whether {@code text} is a list of several lines with a packing in one of them. */
    static boolean list(String text) {
        return text.strip().contains("\n") && text.contains("打包");
    }

    /**
     * {@code read} with each packing line read by {@code one} over the records of the team it names; the records of
     * lines that name no team, or several, are left as read.
     */
    ParseOutcome read(ParseOutcome.Understood read, String text, BiFunction<ParseOutcome, String, ParseOutcome> one) {
        List<Record> records = new ArrayList<>(read.records());
        boolean changed = false;
        for (String line : text.split("\n")) {
            if (!line.contains("打包")) continue;
            List<String> named = event.delegations().stream()
                    .filter(d -> d.words().stream().anyMatch(line::contains))
                    .map(Delegation::id)
                    .toList();
            if (named.size() != 1) continue;
            List<Record> mine = records.stream()
                    .filter(r -> named.get(0).equals(r.delegation()))
                    .toList();
            if (mine.isEmpty()) continue;
            String said = NUMBERED.matcher(line.strip()).replaceFirst("");
            List<Record> packed = one.apply(new ParseOutcome.Understood(mine), said).records().stream()
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
