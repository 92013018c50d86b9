package org.receptionbot.parse;

import java.util.List;

/**
 * Where a statement ends inside a long stretch typed with no punctuation (speech to text, a phone), at a
 * linguistic signal and not at any one sentence: "…坐早上8点的G3118剩下的后天走", "…28号再走明天中午饭照常",
 * "…60个人全部都吃明天早饭…". A statement that is complete — it ends with a movement or eating verb, a
 * train or flight, a route, maybe a particle after them (了, 哈, 啊) — turns to a new one where the rest of
 * the delegation (剩下的, 其余) is named after a movement, or where a day or a meal begins. Never inside a
 * condition or a reason (如果, 要是, 因为 before the turn): what follows them is not said as a fact.
 */
final class RunOnBreaks {

    private RunOnBreaks() {}

    /** Stretches shorter than this are read whole: the signals are for long run-on messages. */
    private static final int LONG = 12;

    /** Particles that may close a statement after its verb. */
    private static final String PARTICLES = "了哈啊呀呢吧啦的";

    /** Forms of a meal eaten elsewhere, said after 吃 (吃盒饭, 吃快餐). */
    private static final String[] EATEN_FORMS = {"盒饭", "盒餐", "快餐", "外卖", "便当", "工作餐"};

    /** Words that make what follows them a condition or a reason, not a statement of fact. */
    private static final String[] CONDITIONS = {"因为", "由于", "等到", "如果", "要是", "假如", "万一", "只要"};

    /** Where the next statement starts in {@code [from, to)}, or -1. */
    static int turn(String text, int from, int to, List<Mention> mentions, List<CueTable.Hit> hits) {
        if (to - from < LONG) return -1;
        int best = RestTurn.first(text, from, to, mentions, hits);
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.start() > to || best >= 0 && m.start() >= best) break;
            if (m.start() <= from || m.end() > to) continue;
            if (opens(m, i, mentions)
                    && (complete(text, from, m, mentions, hits)
                            || countedMove(text, from, m, mentions, hits)
                            || partAfterComplete(text, from, m, mentions, hits))) best = m.start();
        }
        if (best < 0 || conditional(text, from, best, hits)) return -1;
        return StatementSpans.carriesStatement(from, best, mentions, hits)
                        && StatementSpans.carriesStatement(best, to, mentions, hits)
                ? best
                : -1;
    }

    /** A day, a meal or a part of the day; not a part of the day with its clock time (下午3点: a movement's time). */
    private static boolean opens(Mention m, int i, List<Mention> mentions) {
        if (m instanceof Mention.Day || m instanceof Mention.Meals) return true;
        if (!(m instanceof Mention.Part)) return false;
        for (int j = i + 1; j < mentions.size() && mentions.get(j).start() <= m.end(); j++)
            if (mentions.get(j) instanceof Mention.Clock) return false;
        return true;
    }

    /**
     * "…再走明天", "…全部都吃明天", "…都去北海中午": right before {@code next}, a movement or eating verb, an "as
     * planned" or a cancellation, a train or flight (before a day or a meal only), or a route, maybe with
     * particles after it. After 吃, a meal word starts a statement only past a closing particle (吃哈晚饭, not
     * 吃晚饭 or 吃了晚饭); a day or a part of the day does at once (早一点吃中午就不吃了).
     */
    private static boolean complete(
            String text, int from, Mention next, List<Mention> mentions, List<CueTable.Hit> hits) {
        int at = next.start();
        int end = pastParticles(text, from, at);
        for (Mention m : mentions) {
            if (m.start() > at) break;
            if (m.end() != at && m.end() != end) continue;
            if (m instanceof Mention.Route) return true;
            if (m instanceof Mention.Transport) return !(next instanceof Mention.Part);
        }
        // …在体育馆吃盒饭晚饭照常: a meal eaten in a form of its own (盒饭, 快餐) ends the statement.
        for (String form : EATEN_FORMS)
            if (text.startsWith("吃" + form, end - form.length() - 1) && end - form.length() - 1 >= from) return true;
        boolean closed = false;
        for (int i = end; i < at; i++) closed |= "哈啊呀呢吧啦".indexOf(text.charAt(i)) >= 0;
        return verbEnds(text, end, at, hits, !(next instanceof Mention.Meals) || closed);
    }

    /**
     * "今天到了52个人明天早饭52个": people arriving or leaving, their figure right after the verb, then a day with
     * its meal (or a meal) opens a statement of its own. Not a day alone ("有5个人明天走": the day is theirs), nor
     * people named by their move ("走的5个人早饭…").
     */
    private static boolean countedMove(
            String text, int from, Mention at, List<Mention> mentions, List<CueTable.Hit> hits) {
        Mention.Count count = null;
        for (Mention m : mentions) {
            if (m.start() >= at.start()) break;
            if (m.start() >= from && m instanceof Mention.Count n) count = n;
        }
        if (count == null || !count.unit() || !onlyPeople(text, count.end(), at.start())) return false;
        int verb = count.start() > from && text.charAt(count.start() - 1) == '了' ? count.start() - 1 : count.start();
        boolean moved = false;
        for (CueTable.Hit h : hits) {
            if (h.start() >= count.start()) break;
            moved |= h.start() >= from
                    && (h.end() == verb || h.end() == count.start())
                    && (h.cue() == Cue.DEPART || h.cue() == Cue.ARRIVE);
        }
        return moved && (at instanceof Mention.Meals || at instanceof Mention.Day && mealAt(at, mentions));
    }

    /**
     * "第一批20个已经到了 后面7个明天到": a complete statement, then a part of the delegation with its figure (see
     * {@link PartTurns}) right before the day: the part and its day open a statement of their own.
     */
    private static boolean partAfterComplete(
            String text, int from, Mention next, List<Mention> mentions, List<CueTable.Hit> hits) {
        int part = PartTurns.start(text, from, next.start(), mentions);
        if (part == next.start()) return false;
        int at = part;
        while (at > from && text.charAt(at - 1) == ' ') at--;
        return verbEnds(text, pastParticles(text, from, at), at, hits, true);
    }

    /** Between a figure and the next statement, only 人 or 个人 and particles. */
    private static boolean onlyPeople(String text, int from, int to) {
        for (int i = from; i < to; i++)
            if ("人个".indexOf(text.charAt(i)) < 0 && PARTICLES.indexOf(text.charAt(i)) < 0) return false;
        return to - from <= 3;
    }

    /** 明天早饭, 明早: a meal or a part of the day at the day or right after it. */
    private static boolean mealAt(Mention day, List<Mention> mentions) {
        for (Mention m : mentions)
            if ((m instanceof Mention.Meals || m instanceof Mention.Part)
                    && (m.start() == day.start() || m.start() == day.end())) return true;
        return false;
    }

    /**
     * A verb that ends a statement ends at {@code end} or at {@code at} (the particles between taken in): a
     * movement (not a bare 到, which may be a range: 12点到晚上), an "as planned", a cancellation, or 吃 when
     * {@code eating}; never a change (改到明天).
     */
    private static boolean verbEnds(String text, int end, int at, List<CueTable.Hit> hits, boolean eating) {
        boolean verb = false;
        for (CueTable.Hit h : hits) {
            if (h.start() >= at) break;
            if (h.end() != end && h.end() != at) continue;
            Cue c = h.cue();
            if (c == Cue.CHANGE) return false;
            boolean bareTo = h.end() - h.start() == 1 && text.charAt(h.start()) == '到' && end == at;
            // 吃, not 饭 or 报: a meal word is no verb that ends a statement.
            boolean eats = eating && c == Cue.EAT && text.charAt(h.end() - 1) == '吃';
            verb |= (c == Cue.DEPART || c == Cue.ARRIVE) && !bareTo || eats || c == Cue.AS_PLANNED || c == Cue.CANCEL;
        }
        return verb;
    }

    /** Where the particles right before {@code at} begin, not before {@code from}. */
    static int pastParticles(String text, int from, int at) {
        int i = at;
        while (i > from && PARTICLES.indexOf(text.charAt(i - 1)) >= 0) i--;
        return i;
    }

    /** A condition or a reason, or a doubt, lies before the turn in the stretch. */
    private static boolean conditional(String text, int from, int at, List<CueTable.Hit> hits) {
        for (CueTable.Hit h : hits) {
            if (h.start() >= at) break;
            if (h.start() >= from && (h.cue() == Cue.UNSURE || h.cue() == Cue.UNDECIDED)) return true;
        }
        for (String w : CONDITIONS) {
            int i = text.indexOf(w, from);
            if (i >= 0 && i < at) return true;
        }
        return false;
    }
}
