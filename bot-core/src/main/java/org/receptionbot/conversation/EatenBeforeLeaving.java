package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.Record;

/**
 * The packing called off because the team eats at the hotel before leaving ("早饭打包的取消了哈 改成明早5点在餐厅吃了再走"):
 * the hour of that clause is the meal's, not a departure; the meal is eaten as planned and the packing called off is
 * filed as a meal matter ({@link PackingCalledOff}). A departure said in a clause of its own, with no eating in it
 * ("改成8点走"), is kept.
 */
final class EatenBeforeLeaving {
    /** Eating here before leaving: 吃了再走, 吃完早饭再走, 在餐厅吃, 在酒店吃完. */
    static final Pattern EAT_FIRST =
            Pattern.compile("吃(?:了|完|过)?(?:[早午晚][餐饭])?(?:了|完)?(?:再|才)(?:走|出发|离开)|在(?:酒店|餐厅|宾馆|食堂)[^，,。\\s]{0,4}吃");

    private static final Pattern CLAUSE = Pattern.compile("[，,。；;！!\\s]+");
    private static final Pattern LEAVE = Pattern.compile("走|出发|离开");
    private static final Pattern HOUR = Pattern.compile("[0-9一二两三四五六七八九十]\\s*[点:：]");

    private EatenBeforeLeaving() {}

    /** {@code read} with the departure read from the eating clause as the packing called off; else as it was. */
    static ParseOutcome read(ParseOutcome.Understood read, String text) {
        if (!EAT_FIRST.matcher(text).find() || ownDeparture(text)) return read;
        List<Record> records = new ArrayList<>();
        String team = null;
        for (Record r : read.records()) {
            if (r instanceof Departure d && d.delegation() != null && (team == null || team.equals(d.delegation())))
                team = d.delegation();
            else records.add(r);
        }
        if (team == null) return read;
        records.add(new Issue(IssueCategory.MEAL, team, text.strip()));
        return read.withRecords(records);
    }

    /** A clause with a leaving word and an hour and no eating in it: a departure said apart from the meal. */
    private static boolean ownDeparture(String text) {
        for (String clause : CLAUSE.split(text))
            if (!clause.contains("吃")
                    && LEAVE.matcher(clause).find()
                    && HOUR.matcher(clause).find()) return true;
        return false;
    }
}
