package org.receptionbot.parse;

import java.util.List;

/**
 * Whether a message that gave nothing is clearly a report all the same: a clause that is not talk, a
 * question, a notice or the past, and says of a meal, a vehicle or a delegation what reports say (a
 * figure, a change, a movement). Such a message gets a question (UNCLEAR) instead of silence.
 */
final class Reports {

    private Reports() {}

    static boolean anyUnread(List<Clause> clauses, Reading reading) {
        if (reading.defers()) return false;
        // 宁夏队清真餐今天还是没有, 没位置了 还要等多久: a meal gone wrong is asked about, never dropped.
        if (MealTroubleUnread.said(clauses)) return true;
        boolean corrects = false;
        Clause before = null;
        for (Clause c : clauses) {
            // 航班取消了 改成后天下午3点的MU5680: a changed ticket that reads as arriving or leaving alike.
            if (TicketChange.unclear(c, before, reading)) return true;
            before = c;
            // 不对，是26人 / 不对，改成26: a corrected figure with nothing to put it on is a report all the same.
            corrects |= c.has(Cue.CORRECTION);
            if (corrects && !c.question && correctedFigure(c)) return true;
            if (!talk(c) && !tally(c, reading) && aboutReports(c, reading)) return true;
            if ((reading.sender() != null || !c.teams().isEmpty()) && MealLikening.asAnotherTime(c, reading.lexicon()))
                return true;
            // 谁懂啊 今晚饭要减8个: a question word beside a meal changed by a figure of people reads two ways.
            if (c.question && !talkBesidesQuestion(c) && mealChangedByPeople(c, reading.lexicon())) return true;
        }
        return false;
    }

    /** 早餐统计：九院共用餐312人: a coordinator's total under a tally header, for no delegation, reports nothing. */
    static boolean tally(Clause c, Reading reading) {
        if (reading.sender() != null || !c.teams().isEmpty()) return false;
        if (c.has(Cue.HEADER) && c.span().contains("共")) return true;
        if (VisitReports.vagueTotal(c) || VisitReports.roughTotal(c)) return true;
        // 今日午餐九院312人、土家山寨286人，合计598人: a coordinator's summary; its figures are for no delegation.
        return c.all(Mention.Vehicle.class).isEmpty() && summary(reading.original());
    }

    private static final String[] TOTALS = {"合计", "共计", "总计", "汇总", "累计"};

    /** Whether the message sums figures up (合计, 共计, 汇总…). */
    private static boolean summary(String text) {
        for (String w : TOTALS) if (text.contains(w)) return true;
        return false;
    }

    /** "是26人", "改成26", "是26": a figure of people, a figure changed to, or a figure alone. */
    private static boolean correctedFigure(Clause c) {
        List<Mention.Count> counts = c.all(Mention.Count.class);
        if (counts.isEmpty()) return false;
        for (Mention.Count n : counts) if (n.unit()) return true;
        return c.has(Cue.CHANGE) || c.bare();
    }

    private static boolean talkBesidesQuestion(Clause c) {
        return c.has(Cue.NOTICE)
                || c.has(Cue.PAST)
                || c.has(Cue.UNSURE)
                || c.has(Cue.UNDECIDED)
                || c.has(Cue.RESOLVED)
                || c.has(Cue.SETTLED)
                || c.has(Cue.TALK)
                || c.has(Cue.SOON);
    }

    private static boolean mealChangedByPeople(Clause c, Lexicon lexicon) {
        boolean figure = false;
        for (Mention.Count n : c.all(Mention.Count.class)) figure |= n.unit();
        boolean change = c.has(Cue.CANCEL) || c.has(Cue.FEWER) || c.has(Cue.ADD);
        boolean meal = !c.all(Mention.Meals.class).isEmpty() || c.has(Cue.TOPIC_MEAL);
        return figure && change && meal && !choiceQuestion(c.span());
    }

    /** 要不要送, 用不用留, 能不能加: a question that offers a choice asks, it reports nothing. */
    private static boolean choiceQuestion(String text) {
        for (int i = 0; i + 2 < text.length(); i++) {
            if (text.charAt(i + 1) == '不' && text.charAt(i) == text.charAt(i + 2)) return true;
        }
        return false;
    }

    /**
     * "刚才有个团打电话说晚饭少5人": 刚才 dates the call; the meal and figure said after 说 are a report of
     * now, passed on.
     */
    static boolean relayed(Clause c) {
        int past = c.at(Cue.PAST);
        if (past < 0 || c.text.charAt(past) != '刚') return false;
        int say = c.text.indexOf('说', past);
        if (say < 0 || say >= c.end) return false;
        boolean meal = false;
        for (Mention m : c.mentions) {
            if ((m instanceof Mention.Count || m instanceof Mention.Meals) && m.start() < say) return false;
            // 刚才…打电话说 他们中午少五个: a part of the day with fewer or more diners is a meal too.
            meal |= m instanceof Mention.Meals || m instanceof Mention.Part && (c.has(Cue.FEWER) || c.has(Cue.ADD));
        }
        return meal;
    }

    /** Words that point to a figure given before (按昨天的数, 昨天说的那几个). */
    private static final String[] EARLIER_FIGURE = {"的数", "说的", "报的"};

    /**
     * "中午按昨天的数 再少几个", "中午的减掉昨天说的那几个": a change made to a figure given before is a
     * report of now, to be asked about, not a statement of the past ("昨天晚饭…比报的少2个" is one).
     */
    private static boolean fromEarlierFigure(Clause c) {
        if (!(c.has(Cue.FEWER) || c.has(Cue.ADD) || c.has(Cue.CANCEL))) return false;
        int after = c.endOf(Cue.PAST);
        for (String w : EARLIER_FIGURE) if (c.text.startsWith(w, after) && after + w.length() <= c.end) return true;
        return false;
    }

    private static boolean talk(Clause c) {
        return c.question
                || MovementQuestions.asksOfMovement(c)
                || c.has(Cue.NOTICE)
                || c.has(Cue.PAST) && !relayed(c) && !fromEarlierFigure(c)
                || c.has(Cue.UNSURE) && !SilentClauses.unsureOfVagueFigure(c, true)
                || c.has(Cue.UNDECIDED)
                || c.has(Cue.RESOLVED)
                || c.has(Cue.SETTLED)
                || c.has(Cue.TALK)
                || c.has(Cue.SOON)
                // 工作人员已到 甘肃的行李…, 比赛刚结束 十分钟到: staff come, people due back from the games.
                || ArrivalLookalikes.staffComes(c)
                || ArrivalLookalikes.dueBack(c)
                || ArrivalAsides.lateManner(c)
                || ArrivalAsides.thanksAllHere(c)
                || VisitAtBus.takenBack(c, VisitSwitchWords.switching(c));
    }

    /** "备两打", "留三桌": a quantity in dozens or tables, no figure of people, to be asked about. */
    private static boolean otherQuantity(Clause c) {
        for (int i = c.start + 1; i < c.end; i++) {
            char u = c.text.charAt(i);
            char n = c.text.charAt(i - 1);
            if ((u == '打' || u == '桌') && (FigureMentions.isCn(n) || n >= '0' && n <= '9')) return true;
        }
        return false;
    }

    /** A subject (a meal, a vehicle, a delegation) with what a report says of it (a figure, a change, a movement). */
    private static boolean aboutReports(Clause c, Reading reading) {
        Lexicon lexicon = reading.lexicon();
        boolean figure = !c.all(Mention.Vague.class).isEmpty() || otherQuantity(c);
        for (Mention.Count n : c.all(Mention.Count.class)) figure |= n.unit();
        boolean mealPart = false;
        for (Mention.Part p : c.all(Mention.Part.class)) mealPart |= lexicon.mealOf(p.part()) != null;
        boolean meal = !c.all(Mention.Meals.class).isEmpty() || mealPart && (c.has(Cue.EAT) || figure);
        boolean vehicle = !c.all(Mention.Vehicle.class).isEmpty() || c.has(Cue.TOPIC_VEHICLE);
        boolean people = !c.teams().isEmpty() || c.span().contains("我们");
        boolean change = c.has(Cue.CANCEL) || c.has(Cue.FEWER) || c.has(Cue.ADD) || c.has(Cue.AS_PLANNED);
        // 餐厅今天中午加了两个菜: dishes or snacks, no meal's figure.
        boolean snack = c.has(Cue.SNACK) && c.all(Mention.Meals.class).isEmpty();
        if (meal && (change || figure) && !snack) return true;
        // 3号车还有3个空位, 13号车去机场接财政部两位了: seats free, people still to be fetched; no one counted.
        if (vehicle) return figure && !HeadcountWords.seatsFree(c) && !HeadcountWords.goesToFetch(c);
        boolean belongings = c.has(Cue.TOPIC_OTHER) || c.has(Cue.TOPIC_ADMIN);
        Draft.Kind move = MovementRules.kind(c);
        boolean home = move != null && MovedNow.home(c, move, c.text, reading.today());
        if (move != null && (people || figure) && !belongings && !home) return true;
        // "湖南 35", "贵州 不变": a 接龙 line with no meal to put it on.
        boolean bareFigure = false;
        for (Mention.Count n : c.all(Mention.Count.class)) bareFigure |= !n.unit();
        if (!c.teams().isEmpty()
                && (bareFigure && c.bare() || c.has(Cue.AS_PLANNED) && c.leftOverBesides(Cue.AS_PLANNED) == 0)) {
            return true;
        }
        return people && (c.has(Cue.CANCEL) || c.has(Cue.FEWER) || c.has(Cue.ADD) || c.has(Cue.HEADCOUNT));
    }
}
