package org.receptionbot.conversation;

import java.util.regex.Pattern;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.Record;
import org.receptionbot.summary.PackedHour;

/**
 * The hour a packing request must be ready by ({@link PackedMeals}): the clauses of the message that say an hour
 * ("他们6点前要走") added to the meal matter that leaves them out.
 */
final class PackingHours {
    private static final Pattern CLAUSE = Pattern.compile("[，,。；;！!\\s]+");
    private static final Pattern HOUR = PackedHour.HOUR;
    /** An hour by which the figures are reported ("10点前接龙", "请9点前报"): the list's deadline, not the packing's. */
    private static final Pattern DEADLINE =
            Pattern.compile("[0-9一二两三四五六七八九十]{1,3}\\s*[点时](?:半|[0-9]{1,2}分?)?(?:之前|以前|前)?(?:请|务必)?(?:接龙|报)");

    private PackingHours() {}

    /**
     * The packing request with the clauses of the message that say an hour ("他们6点前要走") and that it leaves out:
     * the caterer must have the portions ready by then.
     */
    static Record withHour(Record r, String text) {
        if (!(r instanceof Issue i) || i.category() != IssueCategory.MEAL || PackedHour.saysLeaveBy(i.text())) return r;
        // 能不能打包25份 | 12点半前拿 beside 1点半的车: the hour to fetch by is added though the train's was said
        boolean hourSaid = HOUR.matcher(i.text()).find();
        StringBuilder said = new StringBuilder(i.text());
        for (String c : CLAUSE.split(text.strip()))
            if (HOUR.matcher(c).find()
                    && !DEADLINE.matcher(c).find()
                    && !i.text().contains(c)
                    && (!hourSaid || PackedHour.saysLeaveBy(c)))
                said.append("，").append(c);
        return said.length() == i.text().length()
                ? r
                : new Issue(i.category(), i.delegation(), said.toString(), i.said());
    }
}
