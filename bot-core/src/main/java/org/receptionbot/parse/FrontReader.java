package org.receptionbot.parse;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a message up to its clauses ({@link Front}): normalizes it, blanks what no rule should read (list marks,
 * @-mentions, remarks, what was taken back), finds its mentions and cue words, drops the cue words that are part of
 * something else, and splits it into statements. Thread-safe.
 */
final class FrontReader {
    private static final Pattern LIST_MARK =
            Pattern.compile("(?m)^ *(?:\\d{1,2}(?:\\.(?!\\d)|、|[)）])|[(（]\\d{1,2}[)）]|[①-⑳]|[-•·*])");
    private static final CharSet LIST_MARK_FIRST = new CharSet("0123456789(（-•·*①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳");
    private static final Pattern AT = Pattern.compile("@[^ \\n]+");

    private final Lexicon lexicon;
    private final MentionScanner scanner;
    private final CueTable cues;

    FrontReader(Lexicon lexicon, MentionScanner scanner, CueTable cues) {
        this.lexicon = lexicon;
        this.scanner = scanner;
        this.cues = cues;
    }

    /** {@code text} sent at {@code now}, up to its clauses. */
    Front read(String text, Instant now) {
        String original = text.length() > MessageParser.MAX_CHARS ? text.substring(0, MessageParser.MAX_CHARS) : text;
        String items = InlineList.split(GroupTimes.blank(GoneReaching.blank(CountedBefore.blank(EarlierFigures.blank(
                UncountedFigures.blank(EstimateWords.blankRemarks(SelfCorrection.ohThenIs(ShortOnesLeaving.read(
                        ChangeSaidAfter.read(ChangeLeadIn.blank(Normalizer.normalize(original))))))))))));
        String listed = mayMarkList(items) ? blank(LIST_MARK, items) : items;
        // Most messages have no @: no regex for them.
        String at = listed.indexOf('@') < 0 ? listed : blank(AT, listed);
        // 晚上聚餐取消了 回来吃 38个: the outing cancelled, not the meal.
        String off = OutingCancelled.blank(at);
        // 有1个没上车 回酒店了: on a visit event, not boarding and going back is dropping out.
        String back = lexicon.event.visits().isEmpty() ? off : NotBoardedBack.read(off);
        LocalDateTime local = LocalDateTime.ofInstant(now, lexicon.event.zone());
        List<Mention> first = scanner.scan(back, local.toLocalDate());
        // 兵团两顿都25: two meals said by their number, at a time when lunch and dinner are the two left of the day.
        String said = TwoMeals.fix(back, first, local, lexicon);
        List<Mention> scanned = said == back ? first : scanner.scan(said, local.toLocalDate());
        // 大连3个 柳州 哦不对 北海线3个: read again without the route taken back (rare: two routes and a take-back).
        // 王局还是去北海 是张科换到百色: the person kept on a route beside another's switch, blanked.
        String routed = PersonKeptOnRoute.blank(RouteTakenBack.blank(said, scanned), scanned);
        List<Mention> routeMentions = routed == said ? scanned : scanner.scan(routed, local.toLocalDate());
        // 中午不在这边吃了 哈哈开玩笑的 照常24人: read again without what was called a joke.
        // 早饭 29个 哦 不对 有两个要早走 27个: the reason between the figure taken back and the one meant, blanked.
        String t = ReasonBeforeMeant.blank(JokeTakenBack.blank(routed, routeMentions), cues);
        List<Mention> mentions = t == routed ? routeMentions : scanner.scan(t, local.toLocalDate());
        List<CueTable.Hit> hits = cues.scan(t);
        hits.removeIf(h -> insideName(h, mentions));
        EstimateWords.dropGuessHits(hits, mentions, t);
        SelfCorrection.dropProblems(hits, mentions, t);
        DeniedFigures.mark(hits, mentions, t);
        HeadcountTalk.dropProblems(hits, mentions, t);
        RidingAlong.drop(hits, mentions, t);
        DeclinedOffers.drop(hits, t);
        Recounts.drop(hits, mentions, t);
        VehicleMoves.drop(hits, mentions, t);
        BoardingTimes.drop(hits, mentions, t);
        MovementCorrection.apply(t, mentions, hits);
        MovementLookalikes.dropCheckOutChanges(hits, t);
        PackedDelivery.drop(hits, t);
        OwnPlaceReturn.drop(hits, t);
        VisitByPlan.drop(hits, t);
        VehicleAllThere.mark(hits, mentions, t);
        MovementSubjects.apply(t, mentions);
        RelayedTeams.apply(t, mentions);
        DeniedMeals.apply(t, mentions);
        List<Clause> clauses = Statements.of(t, mentions, hits);
        return new Front(original, t, mentions, hits, clauses, local);
    }

    /** 宁夏回族自治区, 十几个人: a cue word inside a delegation's name or a vague figure is part of it. */
    private static boolean insideName(CueTable.Hit h, List<Mention> mentions) {
        for (Mention m : mentions) {
            boolean word = m instanceof Mention.Team || m instanceof Mention.Vague;
            if (word && m.start() <= h.start() && h.end() <= m.end()) return true;
        }
        return false;
    }

    /** Whether a line may open with a mark of {@link #LIST_MARK}: spaces, then one of its first characters. */
    private static boolean mayMarkList(String text) {
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (lineStart && c != ' ' && LIST_MARK_FIRST.has(c)) return true;
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') lineStart = true;
            else if (c != ' ') lineStart = false;
        }
        return false;
    }

    private static String blank(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) return text;
        char[] chars = text.toCharArray();
        do {
            for (int i = m.start(); i < m.end(); i++) if (chars[i] != '\n') chars[i] = ' ';
        } while (m.find());
        return new String(chars);
    }
}
