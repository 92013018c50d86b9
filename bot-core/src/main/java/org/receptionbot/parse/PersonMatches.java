package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches {@code Matcher.find} gives over a region of a text, tried only at the places a match can start.
 * A pattern of many alternatives with a long class of characters (the surnames) costs a walk of that class at
 * each place the search tries; most places start no match and are skipped by one table read here.
 */
final class PersonMatches {
    private PersonMatches() {}

    /**
     * Each match of {@code p} in {@code text[from, to)}, as {@code [start, end]} in {@code text}, the same as
     * {@code p.matcher(text).region(from, to)} finds them (opaque bounds: nothing outside the region is seen).
     *
     * @param first every character a match of {@code p} may start with; {@code p} matches no empty string
     */
    static List<int[]> of(Pattern p, CharSet first, String text, int from, int to) {
        List<int[]> found = new ArrayList<>(2);
        if (from > to) {
            // The search itself rejects such a region: keep its answer.
            Matcher m = p.matcher(text).region(from, to);
            while (m.find()) found.add(new int[] {m.start(), m.end()});
            return found;
        }
        String part = text.substring(from, to);
        // Transparent bounds over the part see what the region's opaque bounds saw: the part, no more.
        Matcher m = p.matcher(part).useTransparentBounds(true).useAnchoringBounds(false);
        int at = 0;
        int n = part.length();
        while (at < n) {
            while (at < n && !first.has(part.charAt(at))) at++;
            if (at == n) break;
            if (m.region(at, n).lookingAt()) {
                found.add(new int[] {from + m.start(), from + m.end()});
                at = m.end();
            } else {
                at++;
            }
        }
        return found;
    }
}
