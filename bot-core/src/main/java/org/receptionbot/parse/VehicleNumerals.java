package org.receptionbot.parse;

/**
 * "1号车实到三十一 2号车二十九", "5车 四十二": a figure in Chinese numerals right after a vehicle (a space between at
 * most) that ends the word is the count of that vehicle, as digits would be ("2号车29"). One numeral alone is no
 * figure here (3号车一直没来, 2号车三点走 end no word).
 */
final class VehicleNumerals {
    private static final CharSet NUMERAL = new CharSet("零一二两三四五六七八九十百");
    private static final CharSet ENDS_FIGURE = new CharSet(" \n,，。;；!！、~");

    private VehicleNumerals() {}

    static void scan(Spans s) {
        String text = s.text;
        for (int k = 0, found = s.found.size(); k < found; k++) {
            if (!(s.found.get(k) instanceof Mention.Vehicle v)) continue;
            int from = v.end() < text.length() && text.charAt(v.end()) == ' ' ? v.end() + 1 : v.end();
            int to = from;
            while (to < text.length() && to - from < 4 && NUMERAL.has(text.charAt(to))) to++;
            if (to - from < 2 && !(to - from == 1 && text.charAt(from) == '十')) continue;
            if (to < text.length() && !ENDS_FIGURE.has(text.charAt(to)) || !s.free(from, to)) continue;
            int n = ChineseNumerals.value(text.substring(from, to));
            if (n > 0) s.add(new Mention.Count(n, false, from, to));
        }
    }
}
