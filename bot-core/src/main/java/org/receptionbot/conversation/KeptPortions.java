package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.Record;

/**
 * Portions asked to be kept for people who come later ("有两个还在比赛 给他们留两份饭", "留3份饭", "给没回来的5个留饭"): a
 * request to the caterer beside the meal's figures, filed as a meal matter (an issue of {@link IssueCategory#MEAL}, told to the
 * coordinators) with the message as its text, whether or not the figures beside it can still be recorded (a
 * served meal's count is not changed, but the portions are still asked for). A message whose records already
 * file a meal matter is left as it is.
 */
final class KeptPortions {
    private static final String FIGURE = "([0-9]{1,3}|[一二两三四五六七八九十]{1,3})";

    /**
     * Portions kept: the figure after 留 ("留3份饭", "留出两个人的饭") or the people before it ("给晚到的4个留饭",
     * "他们5个人要留一下饭"); not one said done ("给4个人留饭了") or asked about ("4个留饭的吃上了吗").
     */
    private static final Pattern KEEP = Pattern.compile("留\\s*(?:出|下)?\\s*" + FIGURE
            + "\\s*(?:份|个人的?(?:饭|餐)|人的?(?:饭|餐))|" + FIGURE
            + "\\s*(?:个人?|位|人)\\s*(?:要|需要)?\\s*留\\s*(?:一下|下|个|份|点)?\\s*(?:饭|餐)(?![了的])");
    /** Food kept for a counted group said in the request: 给没回来的5个留饭, 帮还在比赛的两个人留饭. */
    private static final Pattern KEEP_FOR_GROUP = Pattern.compile(
            "(?:给|帮|替|为)[^\\s，,。！!？?、：:]{0,10}?"
                    + "(?:[0-9]{1,3}|[一二两三四五六七八九十俩仨]{1,3})\\s*(?:个人|个|位|名)[^\\s，,。！!？?、：:]{0,6}?留(?:出|下)?(?:个|点|份)?(?:饭|餐)(?![了的])");

    private KeptPortions() {}

    /** The outcome with the request to keep portions as a meal matter of the delegation its figures are for. */
    static ParseOutcome read(ParseOutcome read, String text, String senderDelegation) {
        boolean plain = read instanceof ParseOutcome.Understood
                || read instanceof ParseOutcome.Incomplete
                || read instanceof ParseOutcome.NothingToRecord;
        if (!plain
                || !KEEP.matcher(text).find() && !KEEP_FOR_GROUP.matcher(text).find()) return read;
        if (read.records().stream().anyMatch(r -> r instanceof Issue i && i.category() == IssueCategory.MEAL))
            return read;
        String delegation = read.records().stream()
                .map(Record::delegation)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(senderDelegation);
        if (delegation == null) return read;
        List<Record> records = new ArrayList<>(read.records());
        records.add(new Issue(IssueCategory.MEAL, delegation, text.strip()));
        // A request to keep portions with nothing else to record is a record of its own.
        if (read instanceof ParseOutcome.NothingToRecord)
            return new ParseOutcome.Understood(records, false, read.saidNow());
        return read.withRecords(records);
    }
}
