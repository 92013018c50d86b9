package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.receptionbot.access.Sender;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;

/**
 * A message whose records were read but that looks like it also carries a kind of record no rule read
 * ({@link Gap#mayBeUnread}): the records are taken as usual and the answer ends with one plain line
 * asking the sender to check ("这条消息里可能还有用餐人数没能读出，请核对…"); so does a message read only in
 * part ({@link Gap#REST}: "这条消息里“看着问题不大”没能读出，请核对…"). No question is kept waiting.
 */
final class UnreadKinds {
    private static final Map<String, String> WHAT = Map.of(
            "MEAL_COUNT", "用餐人数",
            "MEAL_CANCEL", "不用餐（减少）的人数",
            "MEAL_ADD", "加餐人数",
            "ARRIVAL", "抵达安排",
            "DEPARTURE", "离开（返程）安排",
            "HEADCOUNT", "车辆清点人数",
            "ISSUE", "需要处理的问题或请求",
            "VISIT", "考察报名人数",
            "VISIT_CHANGE", "考察线路调整");

    private UnreadKinds() {}

    /** The outcome without its unread-kind gaps (an outcome left with no gap is understood), and those gaps. */
    record Split(ParseOutcome outcome, List<Gap> unread) {}

    static Split split(ParseOutcome outcome) {
        if (!(outcome instanceof ParseOutcome.Incomplete i)) return new Split(outcome, List.of());
        List<Gap> unread = new ArrayList<>();
        List<Gap> rest = new ArrayList<>();
        for (Gap g : i.gaps()) (g.unread() != null ? unread : rest).add(g);
        if (unread.isEmpty()) return new Split(outcome, List.of());
        ParseOutcome without = rest.isEmpty() && !i.records().isEmpty()
                ? new ParseOutcome.Understood(i.records(), false, i.saidNow())
                : new ParseOutcome.Incomplete(i.records(), rest, i.saidNow());
        return new Split(without, unread);
    }

    /**
     * A part left unread that guesses a meal's figure: a meal or its part of the day, then a figure with a word of
     * guessing (估计25左右, 大概二十五个, 不确定 25上下).
     */
    private static final java.util.regex.Pattern ESTIMATE =
            java.util.regex.Pattern.compile("(?:早|中午|午|晚|宵夜|夜宵).{0,8}?(?:估计|大概|大约|差不多|不确定|可能)[^0-9一二两三四五六七八九十]{0,4}"
                    + "[0-9一二两三四五六七八九十]+|(?:早|中午|午|晚|宵夜|夜宵).{0,8}?[0-9一二两三四五六七八九十]+(?:来|多|左右|上下)");

    /**
     * A part left unread that only says the figures beside it are final ("广东中午32个 定了", "就这样", "不变了"): nothing
     * more to read, so nothing to check. "不确定" and "待定" say the opposite and are no such part.
     */
    static final java.util.regex.Pattern SETTLED =
            java.util.regex.Pattern.compile("(?:就|已经|都)?(?:这么|这样)?(?:确定|定)(?:了|啦|下来了?)(?:哈|啊|吧)?[。！!~～👌👍]*"
                    + "|(?:就)?(?:这样|这些|这么多)(?:了|吧|哈)?[。！!~～👌👍]*"
                    + "|(?:最终|准确)(?:的|数|人数)?(?:了)?[。！!]*|不(?:会)?(?:再)?变了[。！!]*");

    /** The longest part left unread that the line quotes whole; a longer one is cut with "…". */
    private static final int QUOTED = 30;

    /**
     * {@code answer} with the line about each unread kind, or about the part of the message left unread
     * ({@link Gap#REST}); only to a liaison (of a delegation or of a bus, {@code busLiaison}) or a coordinator.
     */
    static Answer add(Answer answer, List<Gap> unread, Sender sender, boolean busLiaison) {
        if (unread.isEmpty() || !Unclear.answered(sender, busLiaison)) return answer;
        List<String> kinds = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<String> estimates = new ArrayList<>();
        for (Gap g : unread) {
            if (Gap.REST.equals(g.unread())
                    && SETTLED.matcher(g.statement().strip()).matches()) continue;
            if (Gap.REST.equals(g.unread())) {
                // 晚饭不确定 估计25左右: a meal's figure guessed is not recorded; the exact one is asked for when known
                if (ESTIMATE.matcher(g.statement()).find())
                    estimates.add(quoted(g.statement().strip()));
                else parts.add(quoted(g.statement()));
                continue;
            }
            String what = WHAT.getOrDefault(g.unread(), "其他报告内容");
            if (!kinds.contains(what)) kinds.add(what);
        }
        List<String> lines = new ArrayList<>();
        // Beside what was recorded, say so: a liaison told to send again might report the recorded part twice.
        String recorded = answer.text().contains("已记录") ? "以上已记录的无需重发；" : "";
        if (!parts.isEmpty())
            lines.add("这条消息里" + String.join("、", parts) + "没能读出，请核对；" + recorded + "如有需要登记的内容，请单独再发一条。");
        if (!estimates.isEmpty()) lines.add(String.join("、", estimates) + "是估计数，未记录；确定后请报准确人数。");
        if (!kinds.isEmpty()) lines.add("这条消息里可能还有" + String.join("、", kinds) + "没能读出，请核对；" + recorded + "如有，请单独再发一条。");
        String line = String.join("\n", lines);
        return answer.silent() ? Answer.of(Reply.Kind.ANSWER, line) : answer.then(line);
    }

    private static String quoted(String part) {
        String s = part.length() > QUOTED ? part.substring(0, QUOTED) + "…" : part;
        return "“" + s + "”";
    }
}
