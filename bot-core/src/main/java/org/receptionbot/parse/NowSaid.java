package org.receptionbot.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.message.SaidNow;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Issue;
import org.receptionbot.record.Record;

/**
 * More ways a movement is said as it happens (see {@link MovedNow}): with no subject by a liaison ("已落地",
 * "到站了"), all of the delegation here ("45人全到"), or done earlier in a part of today already begun
 * ("早上已经到了", {@link BegunPart}); and the mark an outcome carries when people are said to arrive as the message is sent
 * ({@link #mark}).
 */
final class NowSaid {
    /** Arrived now: 已到, 到了, 到齐, 人齐了, and at a place of the event, 到酒店了 ({@link EventPlaces}). */
    private static final Pattern DONE =
            Pattern.compile("(已经?|刚刚?|都)(到|抵达|到达)|(到|抵达|到达)(了|啦|齐)|到齐|(人|员)齐了|(到|抵达|到达)(" + EventPlaces.ANY + ")(了|啦)");
    /** Still to come, asked, a clock time, or 到 in another verb (找到了, 接到). */
    private static final Pattern NOT_SO =
            Pattern.compile("没|未|快到|马上|就到|要到|预计|明天|后天|明早|明晚|吗|？|\\?" + "|[0-9一二三四五六七八九十]点|[找接遇送看听想做得轮迟签报]到|到位");

    /**
     * Words with 到 that are no one coming, said beside people who came ("房卡也拿到了", "在报到处排队呢", "已领到材料"):
     * the desk where people register, and things received. They are left out before the arrival is looked for.
     */
    private static final Pattern NOT_COMING = Pattern.compile("报到[处台组点]|[收拿领]到(了|啦)?");

    /** Registered now, all of them or said done: 全部报到, 都报到了, 已报到 (报到 is otherwise no arrival said now). */
    private static final Pattern REGISTERED = Pattern.compile("(全部|全员|都|均|已经?)报到(了|完毕)?");

    private static final Pattern PEOPLE = Pattern.compile("([0-9]{1,3}|[一二两俩三四五六七八九十]{1,3})\\s*(个人|个|人|位|名)");
    /** A departure said as done ("已经走了", "刚离开", "出发了"), and words saying it is still to come. */
    private static final Pattern LEFT = Pattern.compile("(已经?|刚刚?|都)(走|离开|离会|出发|返程)|(走|离开|离会|出发|返程)(了|啦)");

    private static final Pattern NOT_YET =
            Pattern.compile("没|未|快|马上|就走|要走|要(?:出发|离开|离会|返程)|准备|预计|明天|后天|明早|明晚|吗|？|\\?|[0-9一二三四五六七八九十]点");
    private static final Pattern WHO = Pattern.compile("人|队员|运动员|同志|我们|大家|都");
    /** A train (G1502) or a flight (CZ3456). */
    private static final Pattern TRANSPORT =
            Pattern.compile("(?<![A-Za-z0-9])(?:[GDCKTZ]\\d{1,4}|(?:[A-Z]{2}|[A-Z]\\d|\\d[A-Z])\\d{3,4})(?![0-9])");

    /** Words that may stand before the verb when nothing else does (已落地, 刚到站, 终于到了). */
    private static final String[] LEAD = {"已经", "已", "刚刚", "刚", "终于", "都", "也", "我们", "咱们"};
    /** All of the delegation here: a present report with no 了. */
    private static final String[] ALL_HERE = {"全到", "都到", "到齐"};

    private NowSaid() {}

    /** "已落地", "到站了": the verb opens the clause, with at most 已/刚/终于 before it. */
    static boolean subjectless(Clause c, Draft.Kind kind) {
        Cue cue = kind == Draft.Kind.ARRIVAL ? Cue.ARRIVE : Cue.DEPART;
        int verb = c.at(cue);
        if (verb < 0 || repeated(c, verb, c.endOf(cue))) return false;
        int i = c.start;
        while (i < verb) {
            boolean lead = false;
            for (String w : LEAD) {
                if (c.text.startsWith(w, i) && i + w.length() <= verb) {
                    i += w.length();
                    lead = true;
                    break;
                }
            }
            if (!lead && c.text.charAt(i) != ' ') return false;
            if (!lead) i++;
        }
        return true;
    }

    /** "到了到了 第一批二十个人刚到": the verb said twice is a cry; who came is said after it. */
    private static boolean repeated(Clause c, int verb, int end) {
        int i = end;
        while (i < c.text.length() && "了啦 ".indexOf(c.text.charAt(i)) >= 0) i++;
        return c.text.startsWith(c.text.substring(verb, end), i);
    }

    /** "内蒙古45人全到", "人都到齐": all of them here. */
    static boolean allHere(Clause c) {
        for (String w : ALL_HERE) {
            int at = c.text.indexOf(w, c.start);
            if (at >= 0 && at < c.end) return true;
        }
        return false;
    }

    /**
     * "辽宁落地 CZ6157 33人", "陕西落地 33人 MU2135": 落地 with no hour is the plane down now (a plan says when: 12点05落地;
     * 落地后, 要落地, 没落地 are no landing yet).
     */
    static boolean landed(Clause c) {
        for (int at = c.text.indexOf("落地", c.start); at >= 0 && at < c.end; at = c.text.indexOf("落地", at + 1)) {
            int after = at + 2;
            boolean later = after < c.text.length() && "后以时再就前".indexOf(c.text.charAt(after)) >= 0;
            boolean yet = at > 0 && "要会才能没未将还计".indexOf(c.text.charAt(at - 1)) >= 0;
            if (!later && !yet) return true;
        }
        return false;
    }

    /** 江苏厅9人全部报到: registered as the message is sent, nothing else saying they are still to come. */
    private static boolean registered(String text) {
        var m = REGISTERED.matcher(text);
        // 报到处：…: the desk that tells, no one reporting a figure
        if (!m.find()) return false;
        String rest = m.replaceAll("").replaceAll("报到[处组台]", "");
        return !NOT_SO.matcher(rest).find() && rest.indexOf('车') < 0;
    }

    /**
     * {@code outcome} marked when {@code text} says people arrive as it is sent, with nothing saying they are
     * still to come: an arrival read, or words of people (a figure, 人, 队员, 我们, 都, 到齐) when the contract
     * gives no record ("那三个人到了"); or says a departure read as done ("那1个已经走了").
     */
    static ParseOutcome mark(ParseOutcome outcome, String text) {
        // cheap guards first: most messages name neither arriving nor leaving
        boolean arriving = text.indexOf('到') >= 0 || text.indexOf('达') >= 0 || text.indexOf('齐') >= 0;
        boolean leaving =
                text.indexOf('走') >= 0 || text.indexOf('离') >= 0 || text.indexOf('出') >= 0 || text.indexOf('返') >= 0;
        if (!arriving && !leaving) return outcome;
        boolean understood = outcome instanceof ParseOutcome.Understood;
        // 山东到了 9个人 有一个同志明天开完会直接走: the arrival said at the head, other news of later days after it
        String head = arriving
                        && understood
                        && outcome.saidNow() == null
                        && holds(outcome, Arrival.class)
                        && !arrivedNow(text)
                        && !registered(text)
                ? ArrivedBesideNews.head(text)
                : null;
        if (arriving && (head != null || arrivedNow(text) || registered(text))) {
            String said = head != null ? head : text;
            Integer count = count(said);
            boolean all = said.contains("到齐") || said.contains("齐了");
            boolean people = count != null || all || WHO.matcher(text).find();
            // 29人到齐了，一个队员扭伤了脚: all of them here beside a problem only, the arrival for the chat to tie; a
            // figure after 齐 is the problem's (人都到齐了，一个运动员肚子疼)
            boolean problemsOnly = understood && all && holdsOnly(outcome, Issue.class);
            if (problemsOnly) count = count(text.substring(0, text.indexOf('齐')));
            if (understood ? holds(outcome, Arrival.class) || problemsOnly : people)
                return outcome.saying(new SaidNow(SaidNow.Kind.ARRIVAL, count, all, transport(said)));
        }
        if (leaving
                && understood
                && holds(outcome, Departure.class)
                && found(LEFT, text, "走离出返")
                && !NOT_YET.matcher(text).find())
            return outcome.saying(new SaidNow(SaidNow.Kind.DEPARTURE, count(text), false, transport(text)));
        return outcome;
    }

    /**
     * "我们到了哈 5个人 在报到处排队呢", "西藏3人已到山庄 坐的8号车": people said arrived, with nothing saying they are still
     * to come; a vehicle said before the verb is what came ("车到了"), one said after it how the people came.
     */
    static boolean arrivedNow(String text) {
        String said = NOT_COMING.matcher(text).replaceAll("＃");
        if (!found(DONE, said, "到抵齐") || NOT_SO.matcher(said).find()) return false;
        int vehicle = said.indexOf('车');
        return vehicle < 0 || vehicle > verbAt(said);
    }

    /** Where the first arrival said as done begins in {@code text} (DONE is found there). */
    private static int verbAt(String text) {
        Matcher m = DONE.matcher(text);
        return m.find() ? m.start() : -1;
    }

    /**
     * Whether {@code p} (DONE or LEFT) matches in {@code text}: each of its matches holds one of the verb's
     * characters {@code anchors} at most two characters after its start (已经到, 刚刚走), so the search
     * starts there.
     */
    private static boolean found(Pattern p, String text, String anchors) {
        int first = -1;
        for (int i = 0; i < anchors.length(); i++) {
            int at = text.indexOf(anchors.charAt(i));
            if (at >= 0 && (first < 0 || at < first)) first = at;
        }
        return first >= 0 && p.matcher(text).find(Math.max(0, first - 2));
    }

    private static Integer count(String text) {
        Matcher m = PEOPLE.matcher(text);
        int n = m.find() ? ChineseNumerals.value(m.group(1)) : -1;
        return n < 0 ? null : n;
    }

    private static String transport(String text) {
        Matcher t = TRANSPORT.matcher(text.toUpperCase(Locale.ROOT));
        return t.find() ? t.group() : null;
    }

    private static boolean holdsOnly(ParseOutcome outcome, Class<? extends Record> type) {
        for (Record r : outcome.records()) if (!type.isInstance(r)) return false;
        return !outcome.records().isEmpty();
    }

    private static boolean holds(ParseOutcome outcome, Class<? extends Record> type) {
        for (Record r : outcome.records()) if (type.isInstance(r)) return true;
        return false;
    }
}
