package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.event.Event;

/**
 * "贵州50人G1118准点到达", "兵团25人坐MU2325平安落地", "福建队顺利抵达": an arrival said with how it went (on time,
 * safely, smoothly) is said as done, as it happens. Said as a wish, a hope or a plan ("祝大家平安到达", "争取准点到达",
 * "能准点到达吗", "准点到达的话") it is not.
 */
final class ArrivedHowItWent {
    private static final Pattern SAID = Pattern.compile("(?:准点|准时|正点|平安|安全|顺利)地?(?:到达|抵达|落地|降落|到站|进站)(?![吗嘛么后时前以再的])");
    /** Characters just before that make it a plan or a doubt (能, 会, 要, 预计, 没, 才). */
    private static final String NOT_DONE = "能会要将可应祝望保争预估如若否计未没不才";
    /** Words anywhere before in the clause that make it a wish or a condition. */
    private static final String[] WISHED = {"祝", "希望", "盼", "争取", "保证", "确保", "如果", "要是", "一路"};

    private ArrivedHowItWent() {}

    /** Whether {@code c} says an arrival done by how it went. */
    static boolean said(Clause c) {
        Matcher m = SAID.matcher(c.text).region(c.start, c.end);
        while (m.find()) {
            boolean doubted = false;
            String before = c.text.substring(c.start, m.start());
            for (String w : WISHED) if (before.contains(w)) doubted = true;
            for (int k = Math.max(c.start, m.start() - 4); k < m.start(); k++)
                if (NOT_DONE.indexOf(c.text.charAt(k)) >= 0) doubted = true;
            if (!doubted) return true;
        }
        return false;
    }

    /**
     * "兵团25人坐MU2325平安落地" in the first half of the event: arriving safely is coming to the event, not home again
     * after it (which {@link EventPlaces#safeHome} reads in a clause with 平安 and no place of the event).
     */
    static boolean safelyHere(Clause c, LocalDate today, Event event) {
        long half = (event.end().toEpochDay() - event.start().toEpochDay()) / 2;
        return !today.isAfter(event.start().plusDays(half))
                && !c.span().contains("到家")
                && EventPlaces.safeHome(c)
                && said(c);
    }
}
