package org.receptionbot.parse;

/**
 * "湖南晚上35 +1", "8.湖南 35 +1", "中午30人+2", "中午39加1", "晚饭35 再加2": a figure with a small addition
 * written right after it (a plus sign, 加 or 再加) is one figure, their sum; the addition is never a figure of
 * its own, and the sum is the meal's count ({@link #sum}).
 */
final class AddedOn {

    private AddedOn() {}

    static void scan(Spans s) {
        String text = s.text;
        for (int plus = plusAt(text, 0); plus >= 0; plus = plusAt(text, plus + 1)) {
            int from = plus + 1;
            while (from < text.length() && text.charAt(from) == ' ') from++;
            int to = digitsEnd(text, from);
            if (to == from || to - from > 2 || !s.free(plus, to)) continue;
            int added = Integer.parseInt(text.substring(from, to));
            int before = plus > 0 && text.charAt(plus) == '加' && text.charAt(plus - 1) == '再' ? plus - 1 : plus;
            while (before > 0 && text.charAt(before - 1) == ' ') before--;
            int k = countEndingAt(s, before);
            if (k >= 0) {
                Mention.Count n = (Mention.Count) s.found.get(k);
                s.replace(k, new Mention.Count(n.value() + added, n.unit(), n.start(), to));
                continue;
            }
            int start = before;
            while (start > 0 && isDigit(text.charAt(start - 1))) start--;
            if (start == before || before - start > 3 || !s.free(start, before)) continue;
            if (start > 0 && ".第/:：-".indexOf(text.charAt(start - 1)) >= 0) continue;
            s.add(new Mention.Count(Integer.parseInt(text.substring(start, before)) + added, false, start, to));
        }
    }

    /** The index in {@code s.found} of a count of people ending at {@code end} (its unit included), or -1. */
    private static int countEndingAt(Spans s, int end) {
        for (int k = 0; k < s.found.size(); k++)
            if (s.found.get(k) instanceof Mention.Count n && n.end() == end) return k;
        return -1;
    }

    private static int plusAt(String text, int from) {
        for (int i = from; i < text.length(); i++) if (plus(text.charAt(i))) return i;
        return -1;
    }

    private static boolean plus(char c) {
        return c == '+' || c == '＋' || c == '加';
    }

    /** Whether the text holds a sign of addition at all: the cheap guard before {@link #scan}. */
    static boolean mayHold(String text) {
        return Spans.contains(text, "+＋加");
    }

    /**
     * The sum the clause states ("39 +1", "35加1"), or null. Its addition already says who came on top, so
     * the words of more people in it and the reason told after it ("39 +1 多了个领导") change nothing: the
     * clause returned for the meal's kind ends with the sum and keeps no cue of more diners inside it.
     */
    static Clause sum(Clause c) {
        for (Mention.Count n : c.all(Mention.Count.class)) {
            int added = addedInside(c.text, n);
            if (added < 0) continue;
            boolean more = false;
            // "39+1 多了一个人": the reason's figure that is the addition again, or one denied, says nothing more.
            for (Mention m : c.mentions)
                more |= m.start() >= n.end()
                        && (m instanceof Mention.Count k && k.value() != added && !denied(c.text, k.start())
                                || m instanceof Mention.Meals
                                || m instanceof Mention.Part
                                || m instanceof Mention.Day
                                || m instanceof Mention.Team);
            return (more ? c : c.head(n.end())).withoutCues(Cue.ADD, n.start(), more ? n.end() : c.end);
        }
        return null;
    }

    /** "39+1 不是加40": a figure said to be not so is no figure of its own. */
    private static boolean denied(String text, int at) {
        int i = at;
        while (i > 0 && (plus(text.charAt(i - 1)) || text.charAt(i - 1) == ' ')) i--;
        return i >= 2 && text.startsWith("不是", i - 2);
    }

    /** The addition inside a sum's span ("39 +1" → 1), or -1 when the figure is no sum. */
    private static int addedInside(String text, Mention.Count n) {
        boolean digit = false;
        for (int i = n.start(); i < n.end(); i++) {
            char ch = text.charAt(i);
            if (isDigit(ch)) digit = true;
            else if (plus(ch) && digit) {
                int from = i + 1;
                while (from < n.end() && !isDigit(text.charAt(from))) from++;
                int to = digitsEnd(text, from);
                return to == from ? -1 : Integer.parseInt(text.substring(from, to));
            }
        }
        return -1;
    }

    private static int digitsEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isDigit(text.charAt(i))) i++;
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
