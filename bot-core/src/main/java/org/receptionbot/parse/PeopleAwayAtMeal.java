package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealRecord;

/**
 * "不对 晚上是33个 | 有两个晚上有比赛", "更正一下 中午是28个 | 有三个中午在赛场", "湖南晚饭31 | 有四个晚上有比赛": some of the
 * people, said by their number, where they are or what they do at the part of the day of a meal the message records,
 * with nothing said of eating, are why that meal's figure is what it is: no meal of their own to ask about (asked,
 * the sender would report the meal twice). A part of the day of another meal ("中午34 | 有两个晚上有比赛") still asks.
 */
final class PeopleAwayAtMeal {
    /** Words of eating or of a change of diners: the people's own meal is said. */
    private static final Cue[] MEAL_SAID = {Cue.EAT, Cue.CANCEL, Cue.FEWER, Cue.ADD, Cue.AS_PLANNED, Cue.HEADCOUNT};

    private PeopleAwayAtMeal() {}

    /** Whether {@code c} only says where some people are at the part of the day of a meal {@code outcome} records. */
    static boolean reason(Clause c, ParseOutcome outcome, Lexicon lexicon) {
        if (!c.all(Mention.Meals.class).isEmpty() || !c.teams().isEmpty()) return false;
        for (Cue q : MEAL_SAID) if (c.has(q)) return false;
        List<Mention.Count> counts = c.all(Mention.Count.class);
        if (counts.size() != 1 || !counts.get(0).unit() || !opensWith(c, counts.get(0))) return false;
        List<String> parts = MealWords.ofParts(c, lexicon);
        if (parts.isEmpty()) return false;
        for (String meal : parts) if (!recorded(meal, outcome)) return false;
        return true;
    }

    /** 有两个…, 还有3个…, 两个…: the clause opens with the people, maybe after 有/还有/另有. */
    private static boolean opensWith(Clause c, Mention.Count n) {
        int i = c.start;
        while (i < c.end && c.text.charAt(i) == ' ') i++;
        for (String w : new String[] {"还有", "另有", "有"})
            if (c.text.startsWith(w, i)) {
                i += w.length();
                break;
            }
        return n.start() == i;
    }

    private static boolean recorded(String meal, ParseOutcome outcome) {
        for (var r : outcome.records())
            if (r instanceof MealRecord m && m.meal().equals(meal)) return true;
        return false;
    }
}
