package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * "11号车实到43人 还有2个坐组委会的车回", "实到53人 有两个同志坐朋友的车走", "实到三十四 有一个跟广西车走了", "实到50人
 * 药检那5个后面自己回": people of a bus's count said to go back by another car, or on their own, are why the count is
 * what it is: a ride back from the day's outing, no departure from the event. A car named by its hour (坐晚上的车走),
 * a train or a flight, a day or a clock time is a trip home, left to the movement rules.
 */
final class CarRideBesideCount {
    /** Riding some other car right before the verb: 坐组委会的车, 跟广西车, 搭别的车, 坐小车先. */
    private static final Pattern RIDE = Pattern.compile("(?:坐|跟|搭|乘|蹭)[^，,。；;！!？?\\s]{0,8}?车子?\\s*(?:先|一起|一块)?\\s*$");
    /** On their own: 自己回, 后面自己回. */
    private static final Pattern OWN = Pattern.compile("自己\\s*$");
    /** Words of a car that is a train, a flight or a trip at an hour: 晚上的车, 高铁, 早班车. */
    private static final Pattern HOMEWARD = Pattern.compile("[早晚午夜点班火铁动飞机站]");

    private CarRideBesideCount() {}

    /**
     * Whether the clause's leaving verb at {@code verb}, after a figure, is a ride by another car or on one's own:
     * 走 or 回 after a car ridden, 回 after 自己, with nothing but 了 after it.
     */
    static boolean test(Clause c, int verb) {
        int end = c.endOf(Cue.DEPART);
        String word = c.text.substring(verb, end);
        if (!word.equals("走") && !word.equals("回")) return false;
        String after = c.text.substring(end, c.end).strip();
        if (!after.isEmpty() && !after.equals("了") && !after.equals("啦")) return false;
        int figure = -1;
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.end() <= verb) figure = Math.max(figure, n.end());
        if (figure < 0) return false;
        String between = c.text.substring(figure, verb);
        var ride = RIDE.matcher(between);
        if (ride.find()) return !HOMEWARD.matcher(ride.group()).find();
        return word.equals("回") && OWN.matcher(between).find();
    }

    /** Whether the delegation mention is the owner of the car ridden (跟广西车, 坐湖南的3号车), not whose people leave. */
    static boolean carOwner(Clause c, Mention.Team t) {
        String rest = c.text.substring(t.end(), Math.min(c.end, t.end() + 6));
        return rest.matches("(?s)^(?:代表团|代表队|团|队)?的?\\s*(?:\\d{1,3}\\s*号)?车.*");
    }
}
