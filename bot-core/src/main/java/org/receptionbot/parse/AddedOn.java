package org.receptionbot.parse;

/**
 * "湖南晚上35 +1", "8.湖南 35 +1", "中午30人+2": a figure with a small addition written after it with a plus
 * sign is one figure, their sum; the addition is never a figure of its own.
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
            int before = plus;
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
        for (int i = from; i < text.length(); i++) if (text.charAt(i) == '+' || text.charAt(i) == '＋') return i;
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
