package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which figure is a vehicle's by where it stands (see {@link HeadcountRules}): right after it (3车38), alone
 * after it (1号车 30), of people it is short of (少了一个, 还差两个), or a total over several vehicles (1号车2号车共计66人).
 */
final class VehicleFigures {

    private VehicleFigures() {}

    /** "1号车2号车共计66人": one figure summed over several vehicles, which counts none of them. */
    static boolean sharedTotal(Clause c, List<Mention.Vehicle> vehicles) {
        if (vehicles.size() < 2) return false;
        Mention.Vehicle last = vehicles.get(vehicles.size() - 1);
        List<Mention.Count> after = c.all(Mention.Count.class).stream()
                .filter(n -> n.start() >= last.end())
                .toList();
        if (after.size() != 1) return false;
        String between = c.text.substring(last.end(), after.get(0).start());
        return between.contains("共") || between.contains("合计") || between.contains("总计");
    }

    /**
     * "3车38", "北海回程 3号车44", "车都出发了 1号车40": the clause is the vehicle and its figure, nothing
     * else but the route the vehicle is on, or the buses setting off, said before it.
     */
    static boolean alone(Clause c, Mention.Vehicle v) {
        Mention.Count n = figureRightAfter(c, v);
        if (n == null || !onlyRouteBefore(c, v)) return false;
        return UNITS.matcher(c.text.substring(n.end(), c.end)).replaceAll("").isEmpty();
    }

    private static boolean onlyRouteBefore(Clause c, Mention.Vehicle v) {
        StringBuilder before = new StringBuilder(c.text.substring(c.start, v.start()));
        for (Mention.Route r : c.all(Mention.Route.class))
            if (r.end() <= v.start()) for (int i = r.start(); i < r.end(); i++) before.setCharAt(i - c.start, ' ');
        return ROUTE_WORDS.matcher(before).replaceAll("").isEmpty();
    }

    /** "下车前又点了一遍", "刚又数了一遍", "返程清点": the buses counted, said before each bus's figure. */
    private static final String COUNTED = "(?:刚才?|刚刚)?(?:上车前|下车前|出发前|到了)?(?:又|再|重新)?(?:清点|点|数)了?(?:一遍|一下|下)?";
    /** "数了一下45", "点了一遍 40": a count just made, right before its figure (not 点了3遍). */
    private static final String COUNTED_ONCE = "(?:又|再|重新)?(?:清点|点|数)了?(?:一遍|一下|下)";
    /** "北海车队到了", "柳州线都到齐了": the buses arrived, said before each bus's figure. */
    private static final String ARRIVED = "(?:车队|车)?(?:都|已经|全部)?到(?:齐了|了)";

    private static final Pattern UNITS = Pattern.compile("[\\s人个名位]");
    /** "(百色组的)车都出发了", "两台车都走了", "全部发车了": the buses setting off, said before each bus's figure. */
    private static final String SET_OFF = "(?:[两三四五六七]?[台辆])?车?(?:都|已经|已|全部|全都)*(?:出发|发车|走|上路)了?";

    /** "两台车点完了：", "都清点完了": the buses' counting done, said before each bus's figure. */
    private static final String COUNT_DONE = "(?:[两三四五六七]?[台辆])?车?(?:都|已经|全部)?(?:清点|点|数)完了?";

    private static final Pattern ROUTE_WORDS =
            Pattern.compile("[\\s的：:]|回程|返程|去程|现场|线|" + COUNT_DONE + "|" + SET_OFF + "|" + COUNTED + "|" + ARRIVED);
    private static final Pattern COUNTING_WORDS = Pattern.compile("[\\s:：]|实到|清点|上车|下车|车上|共|满了|是|" + COUNTED_ONCE);

    /** The figure after a vehicle with at most a counting word between (3车38, 6号车实到35，7号车 31人). */
    static Mention.Count figureRightAfter(Clause c, Mention.Vehicle v) {
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (n.start() < v.end()) continue;
            String between =
                    COUNTING_WORDS.matcher(c.text.substring(v.end(), n.start())).replaceAll("");
            return between.isEmpty() ? n : null;
        }
        return null;
    }

    /**
     * "1号车 30", "2号车点过了 五十八": a number with no unit that ends the clause after the vehicle is the
     * number counted on it when nothing but a counting word stands between them.
     */
    static Mention.Count figureFor(Clause c, Mention.Vehicle vehicle) {
        Mention last = c.mentions.get(c.mentions.size() - 1);
        if (!(last instanceof Mention.Count n) || n.unit() || n.start() < vehicle.end()) return null;
        if (c.mentions.size() != 2 || c.text.substring(n.end(), c.end).strip().length() > 0) return null;
        return c.bare() || c.has(Cue.HEADCOUNT) && c.at(Cue.HEADCOUNT) >= vehicle.end() ? n : null;
    }

    static boolean figureAfter(Clause c, Mention.Vehicle vehicle) {
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.unit() && n.start() >= vehicle.end()) return true;
        return false;
    }

    /** "1号车少了一个", "3号车这边差两个": the first figure after the vehicle is of people it is short of. */
    static boolean shortOf(Clause c, Mention.Vehicle v) {
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (n.start() < v.end()) continue;
            String between = c.text.substring(v.end(), n.start()).strip();
            if (between.endsWith("了")) between = between.substring(0, between.length() - 1);
            return between.length() <= 4 && (between.endsWith("少") || between.endsWith("差") || between.endsWith("缺"));
        }
        return false;
    }

    /**
     * "11号车内蒙的还差两个人没上来", "2号车那边还差3个没下楼": every figure is of people still missing
     * (after 差); the vehicle is waited on, not counted.
     */
    static boolean onlyMissing(Clause c) {
        List<Mention.Count> counts = c.all(Mention.Count.class);
        for (Mention.Count n : counts) {
            int i = n.start();
            while (i > c.start && c.text.charAt(i - 1) == ' ') i--;
            if (i == c.start || c.text.charAt(i - 1) != '差') return false;
        }
        return !counts.isEmpty();
    }

    /**
     * "1号车2号车共计66人", "3和4号车一共70人": vehicles said together, then 共 and a figure: a total over
     * them, no vehicle's count.
     */
    static boolean jointTotal(Clause c) {
        List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        for (int i = 0; i < vehicles.size(); i++) {
            int from = vehicles.get(i).end();
            String after = c.text.substring(from, Math.min(c.end, from + 4));
            if (!after.contains("共") && !after.contains("合计")) continue;
            // 1号车、2号车总共60人: the vehicle before may stand in the clause before, past a 、.
            int b = vehicles.get(i).start();
            while (b > 0 && "、和及与,， ".indexOf(c.text.charAt(b - 1)) >= 0) b--;
            if (b > 0 && "车巴".indexOf(c.text.charAt(b - 1)) >= 0) return true;
        }
        return false;
    }
}
