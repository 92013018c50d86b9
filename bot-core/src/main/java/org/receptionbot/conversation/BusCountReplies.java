package org.receptionbot.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply to the question for a bus's exact count after an estimate ("7号车实到二十来个 还在点"): the one figure it
 * gives, with the settling words around it ({@link Numbers#answered}), and after a pause a remark that gives no other
 * figure, meal, day or bus ("清点好了 是30个 司机没算", "刚数了一遍 30人 都在车上了"): the remark is only a note.
 */
final class BusCountReplies {
    /** The figure and its unit, then a pause: what is after it is a remark. */
    private static final Pattern FIGURE_THEN_PAUSE =
            Pattern.compile("[0-9零一二两俩三四五六七八九十百]+\\s*(?:个人|个|人|位|名)?(?=[，,。；;！!\\s])");
    /** What a remark may not say: another figure, a guess, a meal, a day, a time or a bus. */
    private static final Pattern REPORT_WORDS =
            Pattern.compile("[0-9]|[零一二两俩三四五六七八九十百几]\\s*(?:个|人|位|名|点|号)|左右|大概|估计|差不多|早|午|晚|饭|餐|今天|明天|后天|号车|车号");

    /** The count given, and the remark after it (empty when none). */
    record Counted(int count, String remark) {}

    private BusCountReplies() {}

    /** The count {@code text} gives, as a whole answer or with a remark after it; empty when it gives none or more. */
    static Optional<Counted> read(String text) {
        String t = text.strip();
        Optional<Integer> whole = Numbers.answered(t);
        if (whole.isPresent()) return Optional.of(new Counted(whole.get(), ""));
        Matcher m = FIGURE_THEN_PAUSE.matcher(t);
        if (!m.find()) return Optional.empty();
        String remark = t.substring(m.end()).replaceFirst("^[，,。；;！!\\s]+", "").replaceAll("[。！!.，,]+$", "");
        if (remark.isEmpty()
                || REPORT_WORDS.matcher(remark).find()
                || UnclearFigures.VAGUE.matcher(remark).find()) return Optional.empty();
        return Numbers.answered(t.substring(0, m.end())).map(n -> new Counted(n, remark));
    }
}
