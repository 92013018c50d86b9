package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * "有4个去比赛了晚上9点才回 晚饭给他们留4份", "重庆晚上有8个回来得晚 给他们留8份饭": portions kept for a group of the
 * team who come back late are no diners' figure. The group still eats that meal, so its count does not change; the
 * portions are a request to the kitchen (ISSUE MEAL). A meal count read from the kept figure is replaced by that
 * request; a figure of the whole team said beside it ("四川晚饭48 … 给他们留5份") stays the meal's count, and late-night
 * portions ("宵夜给他们留8份") are the late-night meal's order. The same holds for the rest of the team said to eat later
 * ("今晚在酒店吃饭的只有1个 其他的跟考察线回来再吃 大概9点", "先吃的10个 其余的比赛完回来再吃"): the figure before is only who
 * eats on time, not the meal's; the late diners are a request to the kitchen, never a cut.
 */
final class KeptForGroup {
    private static final String FIGURE = "([0-9]{1,3}|[一二两三四五六七八九十俩仨]{1,3})";
    /** Kept for them: 给他们留4份, 帮他们留两份饭, 给这几个人留3份. */
    private static final Pattern KEPT =
            Pattern.compile("(?:给|帮|替|为)(?:他们|她们|这几个人?|那几个人?|这些人|那些人)(?:几个)?(?:各)?(?:预)?留(?:出|下)?(?:个|一下)?\\s*" + FIGURE
                    + "\\s*(?:份|个人的|人的)");

    /** The rest of the team eating later: 其他的跟考察线回来再吃, 剩下6个回来以后再吃, 其余的晚点吃. */
    private static final Pattern LATER =
            Pattern.compile("(?:其他|其它|其余|剩下|另外|别的)[^，,。；;！!？?\\n]{0,14}?(?:再吃|晚点吃|晚些吃|晚一点吃|晚点再吃)");

    private KeptForGroup() {}

    /** 宵夜给他们留8份: a late-night meal is ordered by its portions, so they are its count. */
    private static boolean onRequest(MealCount c) {
        return "LATE_NIGHT".equals(c.meal());
    }

    /** The count is the kept portions' ({@code kept}), or, with the rest eating later ({@code kept} null), any figure. */
    private static boolean keptOrOnTime(MealCount c, Integer kept) {
        return c.count() != null && !onRequest(c) && (kept == null || c.count().equals(kept));
    }

    static ParseOutcome apply(ParseOutcome outcome, String original) {
        if (outcome instanceof ParseOutcome.NothingToRecord) return outcome;
        Matcher m = KEPT.matcher(original);
        Integer kept = original.contains("留") && m.find() ? ChineseNumerals.value(m.group(1)) : null;
        if (kept == null && !LATER.matcher(original).find()) return outcome;
        if (kept != null && kept <= 0) return outcome;
        List<Record> records = new ArrayList<>();
        String delegation = null;
        for (Record r : outcome.records()) {
            if (r instanceof MealCount c && keptOrOnTime(c, kept)) {
                delegation = c.delegation();
                continue;
            }
            records.add(r);
        }
        List<Gap> gaps = new ArrayList<>();
        if (outcome instanceof ParseOutcome.Incomplete i)
            for (Gap g : i.gaps()) {
                if (g.draft() instanceof MealCount c && keptOrOnTime(c, kept)) {
                    delegation = delegation != null ? delegation : c.delegation();
                    continue;
                }
                gaps.add(g);
            }
        if (delegation == null) return outcome;
        records.add(new Issue(IssueCategory.MEAL, delegation, original.strip()));
        if (!gaps.isEmpty()) return new ParseOutcome.Incomplete(records, gaps, outcome.saidNow());
        boolean further = outcome instanceof ParseOutcome.Understood u && u.further();
        return new ParseOutcome.Understood(records, further, outcome.saidNow());
    }
}
