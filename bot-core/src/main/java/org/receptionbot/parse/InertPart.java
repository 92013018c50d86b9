package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.receptionbot.record.Record;

/**
 * Whether a part of a message left out by {@link ClauseFallback} leaves the meaning of the part read as it
 * is: an aside ("看着问题不大", "7点准时 🙏"), not a correction or denial of what came before (不对, 不是),
 * a question or a request for permission (可以吗, 行不行, 可以不), an earlier plan (本来, 原来), a change of
 * figure or time, a going denied (不去了) or a movement not yet done (晚饭前回来), nor a statement of its
 * own (a delegation, route, vehicle, transport or meal named). The words are the parser's cue words
 * ({@link CueTable}) and mentions ({@link MentionScanner}); only the shapes of a question and a denial are
 * read here.
 */
final class InertPart {
    /** Cues that say the part changes, doubts or questions what the rest says. */
    private static final Set<Cue> ACTIVE = EnumSet.of(
            Cue.QUESTION,
            Cue.PLANNED,
            Cue.REQUEST,
            Cue.UNSURE,
            Cue.UNDECIDED,
            Cue.DEFER,
            Cue.CHANGE,
            Cue.CANCEL,
            Cue.FEWER,
            Cue.ADD,
            Cue.REST,
            Cue.AMONG,
            Cue.AS_PLANNED);
    /** Cues of people coming or going, the only reason a part left out may give a figure. */
    private static final Set<Cue> MOVES = EnumSet.of(Cue.DEPART, Cue.ARRIVE);
    /** After 不 or 没: a going or coming denied (不去了, 没来). */
    private static final String GOING = "去来走到回";

    private final CueTable cues;
    private final MentionScanner scanner;

    InertPart(CueTable cues, MentionScanner scanner) {
        this.cues = cues;
        this.scanner = scanner;
    }

    /**
     * Whether {@code rest}, said after {@code read}, leaves it as it is. It may give a figure only for
     * people said to have come or gone (12个…6点就出发了), and deny a figure only when it is not one read
     * ("按34报 … 接龙那个36不对").
     */
    boolean after(String read, String rest, LocalDate day) {
        String t = withoutTalk(Normalizer.normalize(rest));
        List<Mention> mentions = scanner.scan(t, day);
        List<CueTable.Hit> hits = cues.scan(t);
        if (!plain(t, hits) || !deniesOnlyOthers(read, t, mentions, hits, day)) return false;
        boolean past = has(hits, Cue.PAST);
        boolean away = has(hits, Cue.CARE);
        for (CueTable.Hit h : hits) away |= MOVES.contains(h.cue());
        // 新来的3个也算上了: the figure read includes these people, it gives no figure of its own
        away |= includes(t);
        for (Mention m : mentions) {
            if (m instanceof Mention.Team || m instanceof Mention.Route || m instanceof Mention.Vehicle) return false;
            if (m instanceof Mention.Transport || m instanceof Mention.Meals) return false;
            if (m instanceof Mention.Day && !past) return false;
            if (m instanceof Mention.Count && !away) return false;
        }
        return true;
    }

    /** Whether {@code head}, said before the part read, is an aside: it names nothing but the records' delegation. */
    boolean before(String head, LocalDate day, List<Record> records) {
        String t = withoutTalk(Normalizer.normalize(head));
        List<CueTable.Hit> hits = cues.scan(t);
        if (!plain(t, hits) || has(hits, Cue.CORRECTION)) return false;
        for (CueTable.Hit h : hits) if (MOVES.contains(h.cue())) return false;
        for (Mention m : scanner.scan(t, day)) {
            if (!(m instanceof Mention.Team team)) return false;
            for (Record r : records) if (!team.id().equals(r.delegation())) return false;
        }
        return true;
    }

    /** Words that point back at an earlier message (刚才的, 昨天报过了, 刚在接龙报了). */
    private static final String[] BACK = {"刚才", "刚刚", "刚在", "之前", "上面", "前面", "上一条", "上条", "那条", "昨天", "早上", "已经", "接龙"
    };
    /** What is said of the earlier message: withdrawn, or reported already. */
    private static final String[] ECHOES = {"撤了", "撤回", "撤销了", "作废", "不算", "删了", "报过", "已报", "发过", "报了"};

    /** What vouches for the figure read: it was asked, checked or counted (刚问清楚了, 核实过了). */
    private static final String[] VOUCHES = {
        "问清楚", "问清了", "问好了", "核实", "核对过", "核对了", "确认过", "确认了", "数过", "点过", "数清", "点清", "数好了", "准确"
    };
    /** Words saying the figure read includes some people (新来的3个也算上了, 包括2个教练). */
    private static final String[] INCLUDES = {"算上", "算进", "算在", "计入", "在内", "包括", "包含"};

    /**
     * Whether {@code part}, besides being inert, only points back at an earlier message ("刚才的撤了", "昨天报过了"),
     * vouches for the figure read ("刚问清楚了", "都核实过了") or says whom it includes ("新来的3个也算上了"):
     * nothing in it is to be checked.
     */
    boolean echo(String part, LocalDate day) {
        String t = Normalizer.normalize(part).strip();
        if (t.isEmpty() || t.length() > 12) return false;
        if (contains(t, VOUCHES) || includes(t)) {
            for (Mention m : scanner.scan(t, day))
                if (!(m instanceof Mention.Day) && !(m instanceof Mention.Count && includes(t))) return false;
            return true;
        }
        boolean back = false;
        boolean echo = false;
        for (String w : BACK) back |= t.contains(w);
        for (String w : ECHOES) echo |= t.contains(w);
        if (!back || !echo) return false;
        for (Mention m : scanner.scan(t, day)) if (!(m instanceof Mention.Day)) return false;
        return true;
    }

    private static boolean includes(String t) {
        return contains(t, INCLUDES);
    }

    private static boolean contains(String t, String[] words) {
        for (String w : words) if (t.contains(w)) return true;
        return false;
    }

    /** {@code t} with its thanks and apologies (不好意思, 辛苦了) blanked: their 不 denies nothing. */
    private String withoutTalk(String t) {
        char[] chars = null;
        for (CueTable.Hit h : cues.scan(t)) {
            if (h.cue() != Cue.TALK) continue;
            if (chars == null) chars = t.toCharArray();
            for (int i = h.start(); i < h.end(); i++) chars[i] = ' ';
        }
        return chars == null ? t : new String(chars);
    }

    /** No question, request, doubt, old plan or change of figure, no going denied or coming back. */
    private static boolean plain(String t, List<CueTable.Hit> hits) {
        if (t.indexOf('?') >= 0 || t.indexOf('？') >= 0) return false;
        if (askedEitherWay(t) || denies(t) || t.contains("回来")) return false;
        for (CueTable.Hit h : hits) if (ACTIVE.contains(h.cue())) return false;
        return true;
    }

    /**
     * A correction word (不对, 说错了) is inert only after a figure of its own that the part read does not
     * give, with no figure after it: it denies another figure, not what was read.
     */
    private boolean deniesOnlyOthers(
            String read, String t, List<Mention> mentions, List<CueTable.Hit> hits, LocalDate day) {
        for (CueTable.Hit h : hits) {
            if (h.cue() != Cue.CORRECTION) continue;
            Mention.Count denied = null;
            for (Mention m : mentions) {
                if (!(m instanceof Mention.Count c)) continue;
                if (c.start() >= h.start()) return false;
                denied = c;
            }
            if (denied == null || counts(read, day).contains(denied.value())) return false;
        }
        return true;
    }

    private List<Integer> counts(String text, LocalDate day) {
        return scanner.scan(Normalizer.normalize(text), day).stream()
                .filter(m -> m instanceof Mention.Count)
                .map(m -> ((Mention.Count) m).value())
                .toList();
    }

    private static boolean has(List<CueTable.Hit> hits, Cue cue) {
        for (CueTable.Hit h : hits) if (h.cue() == cue) return true;
        return false;
    }

    /** 行不行, 可不可以, 能换不, 可以不: a yes-or-no question put as a word, 不, and the word again or nothing. */
    static boolean askedEitherWay(String t) {
        for (int i = t.indexOf('不'); i >= 0; i = t.indexOf('不', i + 1)) {
            if (i > 0 && i + 1 < t.length() && t.charAt(i - 1) == t.charAt(i + 1)) return true;
            if (i > 0 && (i + 1 == t.length() || Clause.SEPARATORS.indexOf(t.charAt(i + 1)) >= 0)) return true;
        }
        return false;
    }

    /** 不对, 不是, 没有, 不去了: the part opens by denying, denies a being, or denies a going. */
    private static boolean denies(String t) {
        String s = t.strip();
        if (s.startsWith("不") || s.startsWith("没") || s.startsWith("别") || s.contains("不是")) return true;
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '不' || c == '没') && GOING.indexOf(s.charAt(i + 1)) >= 0) return true;
        }
        return false;
    }
}
