package org.receptionbot.parse;

import java.util.List;

/**
 * What holds for the whole of one message, read once before its clauses: the rule families consult it
 * rather than each scanning the message again.
 *
 * @param notice a coordinator's message with a notice word in it (请各代表队…, 请相互转告, …截止), or one that
 *     tells those who do or need something what to do ({@link Addressees}: 需要延迟退房的提前跟前台说); it gets no
 *     question either
 * @param handled "县医院在城东，我让医疗组的王医生过去了", "车在东门，马上过来": a coordinator's or a driver's
 *     message that says the matter is being handled reports the handling, not a problem; so does a provider's
 *     answer ({@link ProviderAnswers}: 续住已经办好了, 可以延迟到下午1点退房, 收到宁夏的要求); not a lodging's report of
 *     a room's fault before whom it sent ({@link LodgingFaults}); nor a message that tells how a matter is seen to
 *     ({@link StaffUpdates}: 正在处理, 先坐备用车, 已调整, a reminder)
 * @param moves the movements the message says across its statements
 * @param driverTrip a coordinator's message about a driver's trip: its movements are no delegation's
 */
record MessageFacts(boolean notice, boolean handled, MessageMoves moves, boolean driverTrip) {

    static MessageFacts of(List<Clause> clauses, Reading reading) {
        boolean coordinator = reading.sender() == null;
        return new MessageFacts(
                coordinator
                        && (noticed(clauses)
                                // 麻烦把名单发我一下 我们要提前报备: a list asked for, its reason no service notice.
                                || any(clauses, Cue.SERVICE_NOTICE) && !listAsked(clauses)
                                || Addressees.told(clauses, reading)),
                coordinator
                        && (any(clauses, Cue.RESOLVED) && !LodgingFaults.reported(clauses, reading)
                                || ProviderAnswers.said(clauses, reading)
                                || StaffUpdates.said(clauses, reading)),
                new MessageMoves(clauses, reading),
                VehicleMoves.driverTrip(clauses, reading) || ServiceNotices.vehicleArranged(clauses, reading));
    }

    /** A clause asks for a list of people ({@link ListAsked}). */
    private static boolean listAsked(List<Clause> clauses) {
        for (Clause c : clauses) if (ListAsked.said(c)) return true;
        return false;
    }

    /** No clause names a delegation. */
    static boolean noTeam(List<Clause> clauses) {
        for (Clause c : clauses) if (!c.teams().isEmpty()) return false;
        return true;
    }

    /** 北海线还要加几个 一会儿报名单: the sender says the figure comes later. */
    static boolean deferred(List<Clause> clauses) {
        return any(clauses, Cue.DEFER);
    }

    /** A clause asks someone to act (麻烦, 能不能, 需要). */
    static boolean asksToAct(List<Clause> clauses) {
        for (Clause c : clauses) if (c.has(Cue.REQUEST) || c.has(Cue.NEED)) return true;
        return false;
    }

    /**
     * A clause with a notice word, other than a farewell said alone after a report ("3号车实到三十五，湖南团送站，
     * 一路平安": the wish is courtesy, the count still a report).
     */
    private static boolean noticed(List<Clause> clauses) {
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            // 河北厅还有一张房卡未归还 请联络员核实一下: the liaison asked about a problem reported is no notice.
            if (c.has(Cue.NOTICE) && !(clauses.size() > 1 && farewell(c)) && !LiaisonAsked.about(clauses, i))
                return true;
        }
        return false;
    }

    private static boolean farewell(Clause c) {
        String words = c.span().strip();
        for (String w : FAREWELLS) if (words.startsWith(w) && onlyMarks(words.substring(w.length()))) return true;
        return false;
    }

    /** Punctuation, emoji and spaces only. */
    private static boolean onlyMarks(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            char ch = rest.charAt(i);
            if (Character.isLetterOrDigit(ch)) return false;
        }
        return true;
    }

    private static final String[] FAREWELLS = {"一路平安", "一路顺风"};

    private static boolean any(List<Clause> clauses, Cue cue) {
        for (Clause c : clauses) if (c.has(cue)) return true;
        return false;
    }
}
