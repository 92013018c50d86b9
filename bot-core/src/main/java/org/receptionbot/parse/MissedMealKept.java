package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.Record;

/**
 * "河南晚饭赶不上了 麻烦餐厅给留36份 七点半左右到", "晚饭赶不上了 给我们留36份饭", "午饭来不及了 帮我们留个饭 十二点半到": a
 * meal the team will miss at its serving, with food asked to be kept for them, is no cancellation: they still eat,
 * later. The request is a meal matter for the kitchen (ISSUE MEAL). A clock time said after the request (七点半左右到)
 * is when they come to eat, no arrival of its own: a team already met is not moved by it, and a team still to come has
 * its arrival in the plan or said apart. Food said kept already (已经留了) or a fear of missing (怕赶不上) asks nothing.
 */
final class MissedMealKept {
    /** The meal missed at its serving. */
    private static final Pattern MISSED = Pattern.compile("(?<![怕担心])(?:赶不上|来不及吃|来不及了|吃不上|赶不回来)");

    private static final String FIGURE = "([0-9]{1,3}|[一二两三四五六七八九十]{1,3})";
    /** Food asked to be kept: 留36份, 留36份饭, 留个饭, 留饭, 留一下饭; not 留了, 留的, nor after 已经. */
    private static final Pattern KEEP = Pattern.compile(
            "(?<!已经|已|都)留(?:出|下)?\\s*(?:一下|个|点)?\\s*(?:" + FIGURE + "\\s*(?:份|个人的?|人的)\\s*(?:饭|餐)?|份?(?:饭|餐))(?![了的])");

    /**
     * The kept food's figure said before 留: "7个人的饭帮忙留一下", "36份饭给我们留着", "饭麻烦留一下"; not 留了, 留的, nor
     * after 已经.
     */
    private static final Pattern KEEP_BEFORE = Pattern.compile("(?:" + FIGURE
            + "\\s*(?:份|个人的?|人的)\\s*(?:饭|餐)?|(?:饭|餐))\\s*(?:帮忙|麻烦|给我们|帮我们|给|先)?\\s*(?<!已经|已|都)留(?:一下|着|出来|好)(?![了的])");

    private MissedMealKept() {}

    static ParseOutcome apply(ParseOutcome read, SettlingStep.Message m) {
        Front f = m.front();
        String text = f.text();
        // Every word of a meal missed holds 不.
        if (read instanceof ParseOutcome.NothingToRecord || text.indexOf('不') < 0) return read;
        Matcher missed = MISSED.matcher(text);
        if (!missed.find()) return read;
        Matcher keep = kept(text);
        if (keep == null) return read;
        Integer kept = keep.group(1) == null ? null : ChineseNumerals.value(keep.group(1));
        boolean timeAfter = f.mentions().stream().anyMatch(x -> x instanceof Mention.Clock && x.start() >= keep.end());
        String delegation = null;
        List<Record> records = new ArrayList<>();
        for (Record r : read.records())
            if (keptFor(r, kept, timeAfter)) delegation = delegation != null ? delegation : r.delegation();
            else records.add(r);
        List<Gap> gaps = new ArrayList<>();
        if (read instanceof ParseOutcome.Incomplete i)
            for (Gap g : i.gaps())
                if (g.draft() != null && keptFor(g.draft(), kept, timeAfter))
                    delegation = delegation != null ? delegation : g.draft().delegation();
                else gaps.add(g);
        if (delegation == null) delegation = named(f, m.sender());
        if (delegation == null || records.size() + gaps.size() == read.records().size() + gaps(read)) return read;
        if (records.stream().noneMatch(r -> r instanceof Issue i && i.category() == IssueCategory.MEAL))
            records.add(new Issue(IssueCategory.MEAL, delegation, f.original().strip()));
        if (!gaps.isEmpty()) return new ParseOutcome.Incomplete(records, gaps, read.saidNow());
        boolean further = read instanceof ParseOutcome.Understood u && u.further();
        return new ParseOutcome.Understood(records, further, read.saidNow());
    }

    /** The food asked to be kept, its figure after 留 or before it, or null. */
    private static Matcher kept(String text) {
        Matcher after = KEEP.matcher(text);
        if (after.find()) return after;
        Matcher before = KEEP_BEFORE.matcher(text);
        return before.find() ? before : null;
    }

    /**
     * A cancellation of the missed meal (the whole team or the kept figure), or an arrival at the time said after the
     * request (of no one counted, or of the kept figure).
     */
    private static boolean keptFor(Record r, Integer kept, boolean timeAfter) {
        if (r instanceof MealCancel c) return c.count() == null || c.count().equals(kept);
        return r instanceof Arrival a
                && timeAfter
                && a.time() != null
                && a.part() == null
                && (a.count() == null || a.count().equals(kept));
    }

    private static int gaps(ParseOutcome read) {
        return read instanceof ParseOutcome.Incomplete i ? i.gaps().size() : 0;
    }

    private static String named(Front f, String sender) {
        for (Mention x : f.mentions()) if (x instanceof Mention.Team t) return t.id();
        return sender;
    }
}
