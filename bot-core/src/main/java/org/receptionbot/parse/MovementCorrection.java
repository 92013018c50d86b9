package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A slot of a movement the sender takes back in the same message: "今天下午4点走 不对 是明天", "G79 不对是G80",
 * "不是晚上9点 是今天下午2点到", "8点到G2345 哦不对 不是到 是离开". Before the clauses are cut, the day,
 * part of the day, clock time, train or movement verb said before the correction is taken out when the
 * correction gives one of the same kind, so the statement is read with the corrected slots only. A
 * correction that gives none leaves the mentions as they are (the caller asks, see {@link #amends}).
 */
final class MovementCorrection {
    /** Slot kinds one correction can replace. */
    private static final List<Class<? extends Mention>> SLOTS =
            List.of(Mention.Day.class, Mention.Part.class, Mention.Clock.class, Mention.Transport.class);

    private MovementCorrection() {}

    /** Takes out of {@code mentions} and {@code hits} the movement slots taken back in {@code text}. */
    static void apply(String text, List<Mention> mentions, List<CueTable.Hit> hits) {
        boolean denial = text.contains("不是");
        boolean any = denial;
        for (CueTable.Hit h : hits) any |= h.cue() == Cue.CORRECTION;
        if (!any || !moves(mentions, hits)) return;
        if (denial) denials(text, mentions, hits);
        List<CueTable.Hit> points = new ArrayList<>();
        for (CueTable.Hit h : hits) if (h.cue() == Cue.CORRECTION) points.add(h);
        int from = 0;
        for (CueTable.Hit p : points) {
            int lineStart = text.lastIndexOf('\n', p.start() - 1) + 1;
            int start = Math.max(from, lineStart);
            int end = afterEnd(text, p.end(), mentions);
            // 中午55 晚上55 哦 不对 晚上是52 有三个回昆明了: meals' figures taken back are no movement's slots.
            if (mealFiguresOnly(start, p.start(), mentions, hits)) {
                from = p.end();
                continue;
            }
            if (replace(start, p.start(), p.end(), end, mentions, hits)) {
                hits.removeIf(h -> h.cue() == Cue.PROBLEM && h.start() == p.start());
            }
            from = p.end();
        }
    }

    /** "不是晚上9点 是今天下午2点", "不是到 是离开": what follows 不是, up to the 是 that gives the slot meant. */
    private static void denials(String text, List<Mention> mentions, List<CueTable.Hit> hits) {
        for (int i = text.indexOf("不是"); i >= 0; i = text.indexOf("不是", i + 2)) {
            if (i > 0 && text.charAt(i - 1) == '是') continue;
            int is = text.indexOf('是', i + 2);
            int line = text.indexOf('\n', i);
            if (is < 0 || is > i + 14 || line >= 0 && line < is) continue;
            if (!onlySlots(text, i + 2, is, mentions, hits)) continue;
            replace(i + 2, is, is + 1, afterEnd(text, is + 1, mentions), mentions, hits);
        }
    }

    /** Whether the text between is only slots, verbs and spaces ("晚上9点 ", "到 "). */
    private static boolean onlySlots(String text, int from, int to, List<Mention> mentions, List<CueTable.Hit> hits) {
        boolean[] covered = new boolean[to - from];
        boolean some = false;
        for (Mention m : mentions)
            if (slot(m) && m.start() >= from && m.end() <= to) {
                for (int k = m.start(); k < m.end(); k++) covered[k - from] = true;
                some = true;
            }
        for (CueTable.Hit h : hits)
            if (verb(h) && h.start() >= from && h.end() <= to) {
                for (int k = h.start(); k < h.end(); k++) covered[k - from] = true;
                some = true;
            }
        for (int k = from; k < to; k++) if (!covered[k - from] && " 的，,".indexOf(text.charAt(k)) < 0) return false;
        return some;
    }

    /**
     * Takes out the slots in [start, at) of each kind found in [after, end); whether any was taken. A verb
     * of the other movement after the correction takes out the verb before it.
     */
    private static boolean replace(
            int start, int at, int after, int end, List<Mention> mentions, List<CueTable.Hit> hits) {
        List<Mention> out = new ArrayList<>();
        for (Class<? extends Mention> kind : SLOTS) {
            if (!within(mentions, kind, after, end)) continue;
            for (Mention m : mentions) if (kind.isInstance(m) && m.start() >= start && m.end() <= at) out.add(m);
        }
        mentions.removeAll(out);
        Cue before = verbIn(hits, start, at);
        Cue later = verbIn(hits, after, end);
        boolean turned = before != null && later != null && before != later && verbIn(hits, after, end, before) == null;
        if (turned) hits.removeIf(h -> h.cue() == before && h.start() >= start && h.end() <= at);
        return !out.isEmpty() || turned;
    }

    /**
     * Where what a correction gives ends: the end of the line, or a meal, a vehicle or a delegation said after it, or
     * other people of the delegation opening a statement of their own after a space ("…走6个人 哦不对5个 有一个下午再走
     * 坐4点的G2372": the one leaving later has his own time and train).
     */
    private static int afterEnd(String text, int from, List<Mention> mentions) {
        int line = text.indexOf('\n', from);
        int end = line < 0 ? text.length() : line;
        for (Mention m : mentions) {
            if (m.start() < from || m.start() >= end) continue;
            if (m instanceof Mention.Meals || m instanceof Mention.Vehicle || m instanceof Mention.Team)
                return m.start();
        }
        for (int i = text.indexOf(' ', from); i >= 0 && i < end; i = text.indexOf(' ', i + 1))
            if (otherPeopleAt(text, i + 1, mentions)) return i + 1;
        return end;
    }

    /** Words that open a statement about other people of the delegation. */
    private static final String[] OTHERS = {"其余", "其他", "剩下", "另外", "另有"};

    /** 有一个…, 还有2个…, 其余的…: other people of the delegation open a statement at {@code at}. */
    private static boolean otherPeopleAt(String text, int at, List<Mention> mentions) {
        for (String w : OTHERS) if (text.startsWith(w, at)) return true;
        int figure = text.startsWith("还有", at) ? at + 2 : text.startsWith("有", at) ? at + 1 : -1;
        if (figure < 0) return false;
        for (Mention m : mentions) if (m instanceof Mention.Count n && n.unit() && n.start() == figure) return true;
        return false;
    }

    private static boolean within(List<Mention> mentions, Class<? extends Mention> kind, int from, int to) {
        for (Mention m : mentions) if (kind.isInstance(m) && m.start() >= from && m.end() <= to) return true;
        return false;
    }

    private static Cue verbIn(List<CueTable.Hit> hits, int from, int to) {
        Cue found = null;
        for (CueTable.Hit h : hits) if (verb(h) && h.start() >= from && h.end() <= to) found = h.cue();
        return found;
    }

    private static CueTable.Hit verbIn(List<CueTable.Hit> hits, int from, int to, Cue cue) {
        for (CueTable.Hit h : hits) if (h.cue() == cue && h.start() >= from && h.end() <= to) return h;
        return null;
    }

    /**
     * Whether [from, to) speaks of meals only: no movement verb or train, and each part of the day in it followed right
     * away by a figure ("中午55 晚上55").
     */
    private static boolean mealFiguresOnly(int from, int to, List<Mention> mentions, List<CueTable.Hit> hits) {
        if (verbIn(hits, from, to) != null) return false;
        boolean parts = false;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.start() < from || m.end() > to) continue;
            if (m instanceof Mention.Transport || m instanceof Mention.Clock) return false;
            if (!(m instanceof Mention.Part)) continue;
            Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            if (!(next instanceof Mention.Count) || next.start() > m.end() + 1 || next.end() > to) return false;
            parts = true;
        }
        return parts;
    }

    /** Whether the message speaks of a movement: a movement verb or a train. */
    private static boolean moves(List<Mention> mentions, List<CueTable.Hit> hits) {
        for (CueTable.Hit h : hits) if (verb(h)) return true;
        for (Mention m : mentions) if (m instanceof Mention.Transport) return true;
        return false;
    }

    private static boolean slot(Mention m) {
        return m instanceof Mention.Day
                || m instanceof Mention.Part
                || m instanceof Mention.Clock
                || m instanceof Mention.Transport;
    }

    private static boolean verb(CueTable.Hit h) {
        return h.cue() == Cue.DEPART || h.cue() == Cue.ARRIVE;
    }
}
