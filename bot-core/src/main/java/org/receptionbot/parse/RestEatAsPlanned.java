package org.receptionbot.parse;

import java.util.regex.Pattern;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCancel;

/**
 * "湖南晚饭 北海3个柳州2个都不回来吃 其他照常", "四川今晚8个人去赛场那边吃盒饭 其余照常": some people counted off a meal, then
 * the rest as planned. The rest eat as they would have, so the cancel is the whole report: no meal figure is left
 * unread, and the question whether one was ({@link Gap#mayBeUnread}) is not asked.
 */
final class RestEatAsPlanned {
    /** The rest of the delegation as planned, said at the end. */
    private static final Pattern REST =
            Pattern.compile("(?:其他|其它|其余|剩下|别的)(?:的|人|的人|同志)?(?:都|也|就)?(?:照常|正常|不变|按原计划)(?:吃)?[\\p{P}\\s了吧哈]*$");

    private RestEatAsPlanned() {}

    static ParseOutcome settled(ParseOutcome read, String original) {
        if (!(read instanceof ParseOutcome.Incomplete i) || i.gaps().size() != 1) return read;
        Gap gap = i.gaps().get(0);
        if (gap.missing() != Gap.Field.UNCLEAR || !"MEAL_COUNT".equals(gap.unread())) return read;
        if (read.records().stream().noneMatch(r -> r instanceof MealCancel c && c.count() != null)) return read;
        if (!REST.matcher(original.strip()).find()) return read;
        return new ParseOutcome.Understood(read.records(), false, read.saidNow());
    }
}
