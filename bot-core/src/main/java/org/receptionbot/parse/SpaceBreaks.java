package org.receptionbot.parse;

import java.util.List;

/** Whether a space in a message ends a statement ({@link Statements}). */
final class SpaceBreaks {
    private SpaceBreaks() {}

    /**
     * "早餐33 中餐33 晚餐不吃", "湖南团28人 湖北团55人": a space ends a statement when what is before it
     * names a meal or a delegation and carries a figure or a verb, and a meal, a delegation or a day with
     * its meal follows. It also ends one before a turn of its own (thanks, a request, 另外, the rest, the
     * next batch, some people among them: "晚餐41 谢谢", "4人先走 T5688 剩余27人…", "早饭30 麻烦跟餐厅说下",
     * "中午48个 其中有3个回民"), and after a lead-in
     * that is only talk ("OK的 山东中午40").
     */
    static boolean between(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        boolean subject = false;
        boolean any = false;
        boolean vehicle = false;
        boolean figure = false;
        boolean clockLast = false;
        boolean timed = false;
        boolean after = false;
        for (Mention m : mentions) {
            if (m.start() >= from && m.end() <= at) {
                any = true;
                if (names(m) && !(m instanceof Mention.Vehicle)) subject = true;
                vehicle |= m instanceof Mention.Vehicle;
                figure |= m instanceof Mention.Count;
                clockLast = m instanceof Mention.Clock && m.end() == at;
                timed |= m instanceof Mention.Clock || m instanceof Mention.Day;
            }
            after |= m.start() > at;
        }
        if (TransportLegs.nextLeg(text, from, at, mentions)) return true;
        // 有4个去医院看病了 晚上的等他们回来再报: a meal put off is a statement of its own.
        if (figure && SpaceRemarks.deferredMeal(text, at + 1, mentions, hits)) return true;
        // 陕西今天中午 晚上都正常 对了我们队有个女孩子肚子疼: an afterthought after a report turns to another matter.
        if (any && turnsAside(text, at + 1)) return true;
        // 湖北柳州线有2个上午回武汉了 现在4个: after people leaving, the figure now is a statement of its own.
        if (figure
                && nowFigure(text, afterRoute(at + 1, mentions))
                && (StatementSpans.holds(from, at, hits, Cue.DEPART)
                        || StatementSpans.holds(from, at, hits, Cue.FEWER)
                        || text.substring(from, at).contains("不去"))) return true;
        // 有两个去医院复查 报34, 有6个去训练了 就报38: the figure reported after people given a reason.
        // (晚上有5个人先走了 报23: after people leaving, the figure is read with the movement.)
        boolean plain = figure
                && !vehicle
                && !StatementSpans.holds(from, at, hits, Cue.HEADCOUNT)
                && !StatementSpans.holds(from, at, hits, Cue.DEPART)
                && !StatementSpans.holds(from, at, hits, Cue.ARRIVE);
        if (plain && ReportedFigure.opens(text, at + 1, mentions)) return true;
        // 报34 晚上再说: a figure reported is a statement of its own.
        if (plain && ReportedFigure.opens(text, from, mentions) && after) return true;
        boolean moved =
                StatementSpans.holds(from, at, hits, Cue.DEPART) || StatementSpans.holds(from, at, hits, Cue.ARRIVE);
        // 1号车少了一个 33: the figure counted after a bus's shortfall is the same statement.
        if (vehicle && figure && HeadcountFigure.splitsShortfall(text, from, at, mentions)) return false;
        // 甘肃9点半 都是大巴送站: after a delegation and its time, a last remark with nothing to read is aside.
        if (subject && clockLast && !after) return true;
        // 1号车30人 2号车28人: a vehicle with its figure is a statement of its own; so is a movement with its time (明天8点到
        // 中午不吃).
        subject |= vehicle && figure || timed && moved;
        // 浙江厅8人 MU5327 下午3点40到 到了在哪上车？: a question after a movement with its time asks apart.
        if (subject && timed && !after && lastAsks(text, at)) return true;
        // 3号车 30个 齐了 可以走了吗: a bus counted, then the question whether it may leave, asked apart.
        if (figure
                && (vehicle || StatementSpans.holds(from, at, hits, Cue.HEADCOUNT))
                && leaveAsked(text, at, mentions, hits)) return true;
        // 黑龙江的刚落地 马上上车: what comes next, after an arrival, is a step of its own.
        if (subject && StatementSpans.holds(from, at, hits, Cue.ARRIVE) && startsWith(at + 1, hits, Cue.SOON))
            return true;
        if (!any
                && (StatementSpans.holds(from, at, hits, Cue.TALK)
                        || StatementSpans.holds(from, at, hits, Cue.CORRECTION))) return true;
        if (MealTurns.eatenThenMeal(text, from, at, mentions, hits)) return true;
        // 麻烦医生来看一下 早饭少3个: after a request, a meal said next opens a statement of its own.
        if (asks(text, from, hits) && mealAt(at + 1, mentions)) return true;
        if (!StatementSpans.carriesStatement(from, at, mentions, hits)) return false;
        if (opensTurn(at + 1, hits)) return true;
        if (RouteTurns.opens(text, from, at, mentions, hits)) return true;
        if (!subject) return false;
        if (figure && AfterReport.opens(text, at, mentions, hits)) return true;
        // 广西中午52个全在 骨折那个也出院回来了: after a figure, someone's illness or injury is a remark of its own.
        if (figure && SpaceRemarks.patient(text, at + 1, hits)) return true;
        // 宵夜少2人 两个已经睡了: a change with its figure is complete; what follows is another statement.
        if (StatementSpans.holds(from, at, hits, Cue.FEWER)
                || addsOutsideFigure(from, at, mentions, hits)
                || StatementSpans.holds(from, at, hits, Cue.CANCEL)) {
            for (Mention m : mentions)
                if (m.start() >= from && m.end() <= at && m instanceof Mention.Count) return true;
        }
        // 晚上35 那5个人昨天已经走了, 早饭60个 走的那20个吃完早饭再走: people pointed at after a meal's figure are
        // said of apart; the meal's report is complete.
        if (figure && mealFigureLast(text, from, at, mentions) && pointedGroup(text, at + 1)) return true;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.start() <= at) continue;
            // 29号上午9点走 有10个人28号晚上先走: people said with 有 open a statement of their own.
            // 到了30个 还有3个明天坐G1282到: so do people said with 还有/另有 after a movement, a further group;
            // 贵州中午45个 还有5个去医院陪…: and after a meal's figure (the meal's report is complete).
            if (m instanceof Mention.Count n
                    && n.unit()
                    && opensGroup(text, at + 1, n.start())
                    && (n.start() == pastAfterthought(text, at + 1, n.start()) + 1
                            || moved && !vehicle
                            || figure && mealFigureLast(text, from, at, mentions))) return true;
            // 晚饭48 不要宵夜: a cancel word right before a meal opens a statement about that meal.
            if (m.start() != at + 1) return m instanceof Mention.Meals && cancels(at + 1, m.start(), hits);
            if (names(m)) return true;
            Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            // 今晚宵夜41个: 今晚 is a day and a part of the day over the same characters.
            if (m instanceof Mention.Day && next != null && next.start() == m.start() && names(next)) return true;
            // 今晚宵夜12份 明天不要宵夜了 / 明天不吃晚饭: another day with a cancel word right after it opens its own statement.
            if (m instanceof Mention.Day && cancels(m.end(), -1, hits)) return true;
            return m instanceof Mention.Day && next != null && next.start() == m.end() && names(next);
        }
        return false;
    }

    /** A meal (or a part of the day that names one) with its figure said last before the space at {@code at}. */
    private static boolean mealFigureLast(String text, int from, int at, List<Mention> mentions) {
        boolean meal = false;
        Mention last = null;
        for (Mention m : mentions) {
            if (m.start() < from || m.end() > at) continue;
            meal |= m instanceof Mention.Meals || m instanceof Mention.Part;
            last = m;
        }
        if (!meal || !(last instanceof Mention.Count)) return false;
        for (int i = last.end(); i < at; i++) if (text.charAt(i) != ' ') return false;
        return true;
    }

    /** Most characters of what is said of the people before 的那 (走的那, 先回去的那). */
    private static final int POINTED_SAID = 4;
    /** Pronouns of people said before. */
    private static final String[] THEY = {"他们", "她们"};

    /**
     * People pointed at from {@code at}: 那/这 and a figure of people (那5个人, 这两位, 那几个), maybe after a few
     * characters ending in 的 (走的那20个), or 他们.
     */
    private static boolean pointedGroup(String text, int at) {
        for (String w : THEY) if (text.startsWith(w, at)) return true;
        int p = at;
        while (p < text.length()
                && p - at <= POINTED_SAID
                && Normalizer.isHan(text.charAt(p))
                && "那这".indexOf(text.charAt(p)) < 0) p++;
        if (p > at && (p - at < 2 || text.charAt(p - 1) != '的')) return false;
        if (p >= text.length() || "那这".indexOf(text.charAt(p)) < 0) return false;
        int q = p + 1;
        while (q < text.length()
                && (Character.isDigit(text.charAt(q)) || FigureMentions.isCn(text.charAt(q)) || text.charAt(q) == '几'))
            q++;
        return q > p + 1 && q < text.length() && "个位名人".indexOf(text.charAt(q)) >= 0;
    }

    /** Afterthought words that may open a further group before 有 (哦对了有6个教练…先回去了). */
    private static final String[] AFTERTHOUGHT = {"哦对了", "噢对了", "喔对了", "啊对了", "对了", "哦", "噢", "喔"};

    /** Whether an afterthought (对了, 哦对了) opens the words at {@code at}. */
    private static boolean turnsAside(String text, int at) {
        for (String w : AFTERTHOUGHT) if (w.length() > 1 && text.startsWith(w, at)) return true;
        return false;
    }

    /** "有", "还有", "另有" alone between a space and a figure of people, maybe after an afterthought (对了有). */
    private static boolean opensGroup(String text, int from, int to) {
        from = pastAfterthought(text, from, to);
        if (to - from < 1 || to - from > 2 || text.charAt(to - 1) != '有') return false;
        return to - from == 1 || text.charAt(from) == '还' || text.charAt(from) == '另';
    }

    /** Past a route named at {@code at} (北海线现在4个), or {@code at}. */
    private static int afterRoute(int at, List<Mention> mentions) {
        for (Mention m : mentions) if (m instanceof Mention.Route && m.start() == at) return m.end();
        return at;
    }

    /** 现在, 目前, 一共 or 还剩 right before a figure at {@code at}. */
    private static boolean nowFigure(String text, int at) {
        for (String w : new String[] {"现在", "目前", "一共", "总共", "还剩"}) {
            if (!text.startsWith(w, at) || at + w.length() >= text.length()) continue;
            // 现在还剩2个
            if (text.startsWith("还剩", at + w.length())) return nowFigure(text, at + w.length());
            char next = text.charAt(at + w.length());
            return Character.isDigit(next) || "一二两三四五六七八九十".indexOf(next) >= 0;
        }
        return false;
    }

    /** Where what is said starts after an afterthought word at {@code from} (哦对了，有6个…), or {@code from}. */
    private static int pastAfterthought(String text, int from, int to) {
        for (String w : AFTERTHOUGHT) {
            if (!text.startsWith(w, from)) continue;
            int at = from + w.length();
            while (at < to && (text.charAt(at) == '，' || text.charAt(at) == ',')) at++;
            return at;
        }
        return from;
    }

    /** What follows the space, to the end of its line, is one question (no space in it, ending with ?). */
    /** Words of leaving, for a bus that may go. */
    private static final String[] LEAVING = {"走", "出发", "发车", "开车", "开了", "动身"};
    /** Words that end a question whether to leave (走不走, 可以走了吗, 出发没). */
    private static final String[] ASKING_ENDS = {"吗", "么", "没", "不", "?", "？", "呢"};

    /** The rest of the line is only a question whether to leave: a leaving word, no figure, time or name, asked. */
    private static boolean leaveAsked(String text, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        int end = text.indexOf('\n', at + 1);
        if (end < 0) end = text.length();
        for (Mention m : mentions)
            if (m.start() > at && m.end() <= end && !(m instanceof Mention.Day) && !(m instanceof Mention.Part))
                return false;
        boolean leaves = false;
        boolean asks = false;
        for (CueTable.Hit h : hits) {
            if (h.start() <= at || h.end() > end) continue;
            if (h.cue() == Cue.HEADCOUNT) return false;
            leaves |= h.cue() == Cue.DEPART;
            asks |= h.cue() == Cue.QUESTION;
        }
        String rest = text.substring(at + 1, end).strip();
        // 现在可以出发吗: the leaving word of a counted bus may be taken out of the cues (VehicleMoves).
        for (String w : LEAVING) leaves |= rest.contains(w);
        if (!leaves) return false;
        for (String w : ASKING_ENDS) asks |= rest.endsWith(w);
        return asks || rest.contains("不走") || rest.contains("不出发") || rest.contains("不开");
    }

    private static boolean lastAsks(String text, int at) {
        int end = text.indexOf('\n', at + 1);
        if (end < 0) end = text.length();
        String rest = text.substring(at + 1, end).strip();
        return rest.length() > 1 && rest.indexOf(' ') < 0 && (rest.endsWith("?") || rest.endsWith("？"));
    }

    /** Whether what starts at {@code from} is a request (麻烦…, 请…). */
    private static boolean asks(String text, int from, List<CueTable.Hit> hits) {
        // 谁能想到啊 is no request: only 麻烦 and 请 open one here.
        return text.startsWith("麻烦", from) || text.startsWith("请", from);
    }

    private static boolean mealAt(int at, List<Mention> mentions) {
        for (Mention m : mentions) if (m.start() == at && m instanceof Mention.Meals) return true;
        return false;
    }

    private static boolean startsWith(int at, List<CueTable.Hit> hits, Cue cue) {
        for (CueTable.Hit h : hits) if (h.start() == at && h.cue() == cue) return true;
        return false;
    }

    private static boolean opensTurn(int at, List<CueTable.Hit> hits) {
        for (CueTable.Hit h : hits) {
            if (h.start() != at) continue;
            Cue c = h.cue();
            if (c == Cue.TALK
                    || c == Cue.REQUEST
                    || c == Cue.NEED
                    || c == Cue.REST
                    || c == Cue.BATCH
                    || c == Cue.ASIDE
                    || c == Cue.AMONG) return true;
        }
        return false;
    }

    /** A cancel word starting at {@code from} and ending at {@code to}, or anywhere when {@code to} is negative. */
    private static boolean cancels(int from, int to, List<CueTable.Hit> hits) {
        for (CueTable.Hit h : hits)
            if (h.start() == from && (to < 0 || h.end() == to) && h.cue() == Cue.CANCEL) return true;
        return false;
    }

    /** A subject a statement is about: a meal, a delegation, a part of the day, a vehicle ("1号车30人 2号车28人"). */
    private static boolean names(Mention m) {
        return m instanceof Mention.Meals
                || m instanceof Mention.Team
                || m instanceof Mention.Part
                || m instanceof Mention.Vehicle;
    }

    /** A word of more diners in the stretch that is not the 加 of a figure's sum ("35加1" is one figure). */
    private static boolean addsOutsideFigure(int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        for (CueTable.Hit h : hits)
            if (h.start() >= from
                    && h.end() <= at
                    && h.cue() == Cue.ADD
                    && !StatementSpans.insideMention(mentions, h.start())) return true;
        return false;
    }
}
