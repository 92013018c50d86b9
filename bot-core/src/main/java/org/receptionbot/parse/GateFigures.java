package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link GateFeatures}' figure features: the message's figures (runs of decimal digits, as Python's
 * {@code \d+}), those no record uses, and how the weighed record's count is written and what stands
 * around it. Positions count code points, as Python's strings do.
 */
final class GateFigures {
    private static final String UNITS = "零一二三四五六七八九";

    private GateFigures() {}

    static void add(Set<String> f, String text, List<Map<String, Object>> records, Map<String, Object> rec, String t) {
        int[] cp = text.codePoints().toArray();
        List<Long> figs = new ArrayList<>();
        for (int i = 0; i < cp.length; ) {
            if (!Character.isDigit(cp[i])) {
                i++;
                continue;
            }
            long v = 0;
            int j = i;
            for (; j < cp.length && Character.isDigit(cp[j]); j++)
                v = j - i < 15 ? v * 10 + Character.digit(cp[j], 10) : Long.MAX_VALUE;
            figs.add(v);
            i = j;
        }
        Set<Long> used = new HashSet<>();
        for (Map<String, Object> r : records) {
            for (String k : List.of("count", "vehicle")) {
                Object v = r.get(k);
                if (v != null) {
                    try {
                        used.add((long) Integer.parseInt(v.toString().strip()));
                    } catch (NumberFormatException e) {
                        // a vehicle named by letters: no figure
                    }
                }
            }
            Object time = r.get("time");
            if (time != null) for (String x : time.toString().split(":", -1)) used.add(Long.parseLong(x));
            Object date = r.get("date");
            if (date != null && !date.toString().isEmpty()) {
                String s = date.toString();
                used.add(Long.parseLong(s.substring(s.length() - 2)));
                used.add(Long.parseLong(s.substring(5, 7)));
            }
        }
        f.add("figs=" + Math.min(figs.size(), 4));
        f.add("unused_figs="
                + Math.min(figs.stream().filter(x -> !used.contains(x)).count(), 3));
        Object count = rec.get("count");
        if (count == null) return;
        int c = ((Number) count).intValue();
        String digits = Integer.toString(c);
        boolean lit = literal(cp, digits);
        List<String> words = numerals(c);
        boolean word = words.stream().anyMatch(text::contains);
        if (lit) f.add("count_lit");
        if (word && !lit) f.add("count_cn");
        if (!lit && !word) {
            f.add("count_absent");
            f.add("type=" + t + "&count_absent");
        }
        if (c >= 60) f.add("count_big");
        if (c <= 3) f.add("count_small");
        int pos = lit ? find(cp, digits) : -1;
        if (pos < 0 && word)
            for (String w : words)
                if (text.contains(w)) {
                    pos = find(cp, w);
                    break;
                }
        if (pos < 0) return;
        int span = lit ? digits.length() : 1;
        String after = slice(cp, pos + span, pos + span + 2);
        String before = slice(cp, Math.max(0, pos - 2), pos);
        if (!after.isEmpty()) f.add("after1=" + slice(cp, pos + span, pos + span + 1));
        if (!before.isEmpty()) f.add("before1=" + before.substring(before.offsetByCodePoints(before.length(), -1)));
        f.add("after2=" + after);
        f.add("before2=" + before);
    }

    /** A count's Chinese numeral forms, up to 99 (gate_loro.py's {@code cn}). */
    static List<String> numerals(int n) {
        if (n < 0 || n > 99) return List.of();
        if (n < 10) return n == 2 ? List.of("二", "两") : List.of(UNITS.substring(n, n + 1));
        int t = n / 10, u = n % 10;
        String tail = "十" + (u == 0 ? "" : UNITS.substring(u, u + 1));
        return List.of((t == 1 ? "" : UNITS.substring(t, t + 1)) + tail, UNITS.substring(t, t + 1) + tail);
    }

    /** Whether {@code digits} stands in the text with no digit either side. */
    private static boolean literal(int[] cp, String digits) {
        int[] d = digits.codePoints().toArray();
        for (int i = 0; i + d.length <= cp.length; i++) {
            if (!at(cp, d, i)) continue;
            boolean left = i > 0 && Character.isDigit(cp[i - 1]);
            boolean right = i + d.length < cp.length && Character.isDigit(cp[i + d.length]);
            if (!left && !right) return true;
        }
        return false;
    }

    private static int find(int[] cp, String s) {
        int[] d = s.codePoints().toArray();
        for (int i = 0; i + d.length <= cp.length; i++) if (at(cp, d, i)) return i;
        return -1;
    }

    private static boolean at(int[] cp, int[] d, int i) {
        for (int k = 0; k < d.length; k++) if (cp[i + k] != d[k]) return false;
        return true;
    }

    private static String slice(int[] cp, int from, int to) {
        int a = Math.min(from, cp.length), b = Math.min(to, cp.length);
        return a >= b ? "" : new String(cp, a, b - a);
    }
}
