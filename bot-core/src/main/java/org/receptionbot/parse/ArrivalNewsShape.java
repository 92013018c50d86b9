package org.receptionbot.parse;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a message that opens with an arrival said done reads stretch by stretch ({@link ArrivedWithNews}): each mention
 * stands as one letter (T a delegation, X a train or flight, N a figure of people, n a bare number, C a clock time, V
 * a vehicle, D a day, W a vague figure, R a route), and the stretches between spaces and punctuation are read whole.
 *
 * @param team the delegation named, or null
 * @param count the figure of those who came, or null
 * @param all the figure said with everyone there (全员, 人齐, 齐了)
 * @param transport the train or flight, or null
 * @param clock the hour they got there as said, or null
 * @param morning the hour is said with 早上, 上午 or 凌晨
 * @param rest where in the text the first stretch not read here begins (the text's length when all were read)
 */
record ArrivalNewsShape(
        String team, Integer count, boolean all, String transport, Mention.Clock clock, boolean morning, int rest) {
    private static final String DONE = "(?:已经|已|刚刚|刚|都|全部|全体|提前|平安|准点|顺利|也|安全)*";
    private static final String PLACE = "(?:民宿|酒店|宾馆|九院|车站|高铁站|火车站|站|机场|县城|山庄|驻地|住地|宿舍|这边|这里)";
    /** The opening: who came, then the arrival said done ("北京团G532到了", "甘肃大巴到了", "贵州的大巴到民宿了"). */
    private static final Pattern OPENING = Pattern.compile("^(?:我们|咱们)?T?的?(?:代表团|代表队|团|队)?的?(?:大巴车?)?X?" + DONE
            + "(?:(?:到站|到达|抵达|落地|下车|出站)了?|到" + PLACE + "?了)[啦!！]*$");
    /** A stretch that is only the figure of those who came ("38人", "42人下车了", "人齐31", "29全员", "全员25人"). */
    private static final Pattern FIGURE = Pattern.compile("^(全员|人齐|人都齐了|一共|共|总共|全团)?([Nn])"
            + "(?:人|个人|个|位|名)?(?:都|全|全部|已经)?(下车了?|到了|到齐了?|齐了|全到了?|全员|人齐|齐|都在)?(?:了|啦)?[!！]*$");
    /** A stretch that is only the train or flight, late or on time ("K1256", "Z38晚了半小时", "G2931准点"). */
    private static final Pattern TRANSPORT = Pattern.compile("^X(?:又?(?:晚了|晚点|延误|提前|准点|正点)[^CXNTVDWR]*)?$");
    /** A stretch that is only the hour they got there ("6点35就到九院了", "3点半到的"). */
    private static final Pattern HOUR = Pattern.compile("^C(?:就|已经|已|刚)?到" + PLACE + "?[了的]$");
    /** A half of the day that keeps the hour as said. */
    private static final Pattern MORNING = Pattern.compile("早|凌晨|上午");
    /** Where one stretch ends and the next begins. */
    private static final Pattern BREAK = Pattern.compile("[\\s，,。！!？?；;~、：:]+");

    /** The shape of {@code text}, or null when it does not open with an arrival said done or reads two ways. */
    static ArrivalNewsShape of(String text, List<Mention> mentions) {
        StringBuilder shape = new StringBuilder();
        List<Mention> marked = new ArrayList<>();
        List<Integer> places = new ArrayList<>();
        List<Integer> origin = new ArrayList<>();
        int at = 0;
        String team = null;
        String transport = null;
        List<Mention> inOrder = new ArrayList<>(mentions);
        inOrder.sort(Comparator.comparingInt(Mention::start));
        for (Mention x : inOrder) {
            int start = x.start();
            if (start < at) continue;
            char letter = letter(x);
            if (x instanceof Mention.Team t) {
                if (team != null && !team.equals(t.id())) return null;
                team = t.id();
            }
            if (x instanceof Mention.Transport t) {
                if (transport != null && !transport.equals(t.code())) return null;
                transport = t.code();
            }
            if ("DWR".indexOf(letter) >= 0) return null;
            for (int i = at; i < start; i++) origin.add(i);
            shape.append(text, at, start);
            places.add(shape.length());
            origin.add(start);
            shape.append(letter);
            marked.add(x);
            at = x.end();
        }
        for (int i = at; i < text.length(); i++) origin.add(i);
        shape.append(text.substring(at));
        List<int[]> stretches = stretches(shape);
        if (stretches.isEmpty()
                || !OPENING.matcher(part(shape, stretches.get(0))).matches()) return null;
        Integer count = null;
        boolean all = false;
        Mention.Clock clock = null;
        boolean transportSaid = part(shape, stretches.get(0)).indexOf('X') >= 0;
        int figures = 0;
        int rest = text.length();
        for (int i = 1; i < stretches.size(); i++) {
            int[] span = stretches.get(i);
            String s = part(shape, span);
            int before = figures + (transportSaid ? 1 : 0) + (clock != null ? 1 : 0);
            var figure = FIGURE.matcher(s);
            if (figure.matches()) {
                boolean whole = figure.group(1) != null && !figure.group(1).contains("共")
                        || figure.group(3) != null
                                && (figure.group(3).contains("齐")
                                        || figure.group(3).contains("全"));
                if (figure.group(2).equals("n") && !whole) continue;
                figures++;
                count = nth(marked, places, span[0], Mention.Count.class).value();
                all = whole;
            } else if (TRANSPORT.matcher(s).matches()) transportSaid = true;
            else if (HOUR.matcher(s).matches()) {
                if (clock != null) return null;
                clock = nth(marked, places, span[0], Mention.Clock.class);
            } else if (s.indexOf('C') >= 0) return null; // an hour said otherwise may be the arrival's: not read here
            int after = figures + (transportSaid ? 1 : 0) + (clock != null ? 1 : 0);
            if (after == before && rest == text.length()) rest = origin.get(span[0]);
        }
        if (figures > 1) return null;
        // a train said only amid other news is not surely the arrival's
        if (!transportSaid) transport = null;
        if (count == null && transport == null && clock == null) return null;
        boolean morning = clock != null
                && MORNING.matcher(text.substring(Math.max(0, clock.start() - 2), clock.end()))
                        .find();
        return new ArrivalNewsShape(team, count, all, transport, clock, morning, rest);
    }

    /** Whether the shape read an hour of getting there. */
    boolean clocked() {
        return clock != null;
    }

    /**
     * The hour they got there, read as done by {@code now}: 1 to 6 o'clock with no half of the day is the afternoon; null
     * with no hour said, or when it is not past yet.
     */
    LocalTime time(LocalTime now) {
        if (clock == null) return null;
        int hour = !morning && clock.hour() >= 1 && clock.hour() <= 6 ? clock.hour() + 12 : clock.hour();
        LocalTime t = LocalTime.of(hour % 24, clock.minute());
        return t.isAfter(now) ? null : t;
    }

    /** The first mention of {@code type} standing at or after the shape's offset {@code from}. */
    private static <M extends Mention> M nth(List<Mention> marked, List<Integer> places, int from, Class<M> type) {
        for (int i = 0; i < marked.size(); i++)
            if (places.get(i) >= from && type.isInstance(marked.get(i))) return type.cast(marked.get(i));
        throw new IllegalStateException("no " + type.getSimpleName() + " after " + from);
    }

    /** The stretches of the shape between breaks, as [start, end) offsets. */
    private static List<int[]> stretches(CharSequence shape) {
        List<int[]> spans = new ArrayList<>();
        int from = 0;
        var breaks = BREAK.matcher(shape);
        while (breaks.find()) {
            if (breaks.start() > from) spans.add(new int[] {from, breaks.start()});
            from = breaks.end();
        }
        if (from < shape.length()) spans.add(new int[] {from, shape.length()});
        return spans;
    }

    private static String part(CharSequence shape, int[] span) {
        return shape.subSequence(span[0], span[1]).toString();
    }

    private static char letter(Mention x) {
        if (x instanceof Mention.Team) return 'T';
        if (x instanceof Mention.Transport) return 'X';
        if (x instanceof Mention.Count n) return n.unit() ? 'N' : 'n';
        if (x instanceof Mention.Clock) return 'C';
        if (x instanceof Mention.Vehicle) return 'V';
        if (x instanceof Mention.Day) return 'D';
        if (x instanceof Mention.Vague) return 'W';
        if (x instanceof Mention.Route) return 'R';
        if (x instanceof Mention.Part) return 'P';
        return 'M';
    }
}
