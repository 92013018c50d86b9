package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * People on or off a bus spoken of, not counted: one person pointed at ("找到了 那个同志在4号车上", "4号车有个同志在服务区下车了",
 * "3号车过来的那位老师", "送云南那位同志回山庄") or the people a bus is still short of ("5号车还差江西两位", "还有两位没下来").
 * With no counting word in the clause (实到, 清点, 人齐, 一共 …), the figure is who the clause is about, never the bus's head
 * count (trial 71: another bus's liaison saying where a missing person is recorded 4号车 实到1人).
 */
final class BusPointedPeople {
    private BusPointedPeople() {}

    /** Words that make a figure a count of the bus, whoever else the clause speaks of. */
    private static final String[] COUNTING = {"实到", "清点", "点名", "点了", "人齐", "到齐", "齐了", "共计", "一共", "总共", "合计"};

    /** One person pointed at: 那个同志, 那位, 这位老师, 有个同志, 有一位, 有位领导. */
    private static final Pattern POINTED = Pattern.compile("[那这]一?位|[那这有]一?[个位](同志|领导|老师|代表|同事|人|[处局科司厅]长|主任)|有一?位");

    /** People the bus lacks: 差江西两位, 还差2个, 还有两位没下来. */
    private static final Pattern SHORT_BEFORE = Pattern.compile("差\\s*$");

    /**
     * Whether the clause only speaks of someone pointed at or of people the bus still lacks, counting no one.
     *
     * @param original the message as sent, where 那个/有个 still stand (the clause's text reads them as 一个)
     */
    static boolean noCount(Clause c, String original) {
        String span = c.span();
        for (String w : COUNTING) if (span.contains(w)) return false;
        List<Mention.Count> counts = c.all(Mention.Count.class);
        if (!counts.isEmpty() && counts.stream().allMatch(n -> lacking(c, n))) return true;
        return counts.size() <= 1
                && counts.stream().allMatch(n -> n.value() == 1)
                && POINTED.matcher(original.substring(c.start, c.end)).find();
    }

    /** 差(江西的)两位, 还有两位没下来: a figure of people the bus is still short of. */
    private static boolean lacking(Clause c, Mention.Count n) {
        int i = n.start();
        for (Mention.Team t : c.all(Mention.Team.class)) {
            int end = t.end();
            if (c.text.startsWith("的", end)) end++;
            if (end == i) i = t.start();
        }
        String before = c.text.substring(c.start, i);
        if (SHORT_BEFORE.matcher(before).find()) return true;
        String after = c.text.substring(n.end(), Math.min(c.end, n.end() + 3));
        return before.endsWith("还有") && after.startsWith("没");
    }
}
