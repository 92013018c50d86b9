package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * "陕西确认 中午30个吃 3个去县城的直接去车站" (said in the evening): in a message that names no day, a meal said before a
 * departure takes the next serving, tomorrow's; the departure said with it, with no day, hour or part of the day of
 * its own and not said done, is on that day too, the day the statement speaks of. A meal of another delegation than
 * the one the clause names ("湖南团午餐35人；贵州团提前走") tells nothing of its day.
 */
final class MealDayLeaving {
    private MealDayLeaving() {}

    /** The day of the meal said before {@code c} in the message when it is after today; else null. */
    static LocalDate day(Clause c, Drafts drafts, Reading reading) {
        if (c.has(Cue.PAST) || c.text.substring(c.start, c.end).contains("了")) return null;
        if (!c.all(Mention.Clock.class).isEmpty() || !c.all(Mention.Part.class).isEmpty()) return null;
        List<String> named =
                c.all(Mention.Team.class).stream().map(Mention.Team::id).toList();
        LocalDate day = null;
        for (Draft d : drafts.list()) {
            if (!d.isMeal() || d.date == null) continue;
            if (!named.isEmpty() && !named.contains(d.team)) return null;
            if (!d.date.isAfter(reading.today())) return null;
            day = d.date;
        }
        return day;
    }
}
