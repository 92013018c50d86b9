package org.receptionbot.parse;

/**
 * Clauses that report nothing although they name a movement or a meal: a question, talk of what already
 * happened, a plan still unsure.
 */
final class SilentClauses {
    private SilentClauses() {}

    /**
     * Whether {@code c} is silent; {@code move} is the movement it names, {@code arrived} whether it moved
     * just now, {@code meal} the meal it names.
     */
    static boolean silent(Clause c, Draft.Kind move, MealReading meal, boolean arrived, MessageMoves moves) {
        return c.question && !MealShares.addAsked(c, meal)
                || MovementQuestions.asksOfMovement(c)
                || c.has(Cue.PAST) && !arrived && !reportedAfterAll(c, move, moves)
                || (c.has(Cue.UNSURE) || c.has(Cue.UNDECIDED))
                        && !(move != null && moves.stillMoves(c))
                        && !(meal != null && guessedHourOnly(c))
                        && !unsureOfVagueFigure(c, meal != null);
    }

    /**
     * "中午饭二十五六个吧 … 不确定": a meal reported with a vague figure, the sender only unsure of it (不确定,
     * 说不准 after the figure), is a definite report whose figure is to be asked, no talk.
     */
    static boolean unsureOfVagueFigure(Clause c, boolean meal) {
        if (!meal || c.has(Cue.UNDECIDED) || c.question) return false;
        java.util.List<Mention.Vague> vague = c.all(Mention.Vague.class);
        if (vague.isEmpty()) return false;
        int at = c.at(Cue.UNSURE);
        if (at < vague.get(0).end()) return false;
        return c.text.startsWith("不确定", at)
                || c.text.startsWith("说不准", at)
                || c.text.startsWith("不一定", at)
                || EstimateWords.stillCountingAt(c.text, at);
    }

    /**
     * "晚饭帮我们留一下 三十四个人 可能七点才能吃上", "估计一点多才回 饭给留一下 41个人": every unsure word of the clause is a
     * guess (可能, 估计) at the hour right after it, when the people come or eat; the meal and the figure said with it
     * are sure (闭幕式散场估计9点多了, with no figure, reports nothing).
     */
    static boolean guessedHourOnly(Clause c) {
        if (c.has(Cue.UNDECIDED) || c.question || c.all(Mention.Count.class).isEmpty()) return false;
        for (String guess : GUESSES) {
            if (!c.text.startsWith(guess, c.at(Cue.UNSURE))) continue;
            if (c.hasOtherThan(Cue.UNSURE, guess)) return false;
            int after = c.at(Cue.UNSURE) + guess.length();
            for (Mention.Clock k : c.all(Mention.Clock.class))
                if (k.start() >= after && k.start() - after <= 2) return true;
            return false;
        }
        return false;
    }

    /** The guessing words that may be about an hour (可能七点, 估计一点多). */
    private static final String[] GUESSES = {"可能", "估计"};

    /** Past talk that still reports: people leaving after eating, a correction, a count after arriving, …. */
    private static boolean reportedAfterAll(Clause c, Draft.Kind move, MessageMoves moves) {
        return MovementWords.leavesAfterEating(c)
                // 其他人中午吃完饭下午走: the rest eat first, then leave; the 吃完 is no past.
                || move == Draft.Kind.DEPARTURE && c.has(Cue.REST) && MealEating.thenLeaves(c)
                || c.has(Cue.CORRECTION)
                || HeadcountWords.talkAfter(c)
                || Reports.relayed(c)
                || VisitBuses.countedAfterArriving(c)
                || VisitBuses.countedNow(c)
                || BusRecounts.recounted(c)
                || move != null && moves.restatedNow(c)
                // 航班CZ6106刚才查了 是正常的 十二点四十起飞: the sender looked the ticket up just now.
                || move != null && VerblessTicket.lookedUp(c)
                || move == null && onTheWay(c);
    }

    /** "江苏团34人已经在高速上了 (预计11:30到)": people already on the way are the arrival's that follows. */
    private static boolean onTheWay(Clause c) {
        if (Figures.people(c) == null) return false;
        String said = c.span();
        for (String w : ON_THE_WAY) if (said.contains(w)) return true;
        return false;
    }

    private static final String[] ON_THE_WAY = {"在路上", "在高速上", "在高速公路上", "在途中", "上高速了", "在车上了"};
}
