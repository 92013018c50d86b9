package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where and when packed portions are brought or fetched, said after the packing: "打包34份 11点半送到体育馆",
 * "打包20份 12点前送过来", "打包8份 6点半来拿". It belongs to the packing's statement (a space before it ends none, so
 * that the meal said after it, "晚上34", opens its own), and its 送过来 or 到 moves no one: no arrival, no departure.
 */
final class PackedDelivery {
    /** The packing with its portions, or the packing said of a figure (打包34份, 34份打包, 50 打包). */
    private static final Pattern PACKING = Pattern.compile("打个?包|[0-9一二两三四五六七八九十]\\s*份");
    /** The portions brought or fetched, with or without their hour: 11点半送到体育馆, 12点前送过来, 6点半来拿. */
    private static final Pattern DELIVERY = Pattern.compile(
            "(?:(?:[0-9一二两三四五六七八九十]{1,3}\\s*[点:：](?:半|[0-9]{1,2}分?)?|[0-9]{1,2}[:：][0-9]{2})\\s*(?:之前|以前|前)?\\s*)?"
                    + "(?:要|麻烦|请|帮忙|需要)?(?:送到|送过来|送过去|送来|送去|来拿|来取|过来拿|过来取)");

    private PackedDelivery() {}

    /** Whether the space at {@code at} comes between a packing ({@code from}..{@code at}) and its delivery. */
    static boolean follows(String text, int from, int at) {
        if (!PACKING.matcher(text.substring(from, at)).find()
                || !text.substring(from, at).contains("包")) return false;
        Matcher d = DELIVERY.matcher(text);
        return d.region(at + 1, text.length()).lookingAt();
    }

    /** The movement words inside a delivery said after a packing (送过来, 送到), dropped from {@code hits}. */
    static void drop(List<CueTable.Hit> hits, String text) {
        int packing = text.indexOf("打包");
        if (packing < 0) packing = text.indexOf("打个包");
        if (packing < 0) return;
        Matcher d = DELIVERY.matcher(text);
        d.region(packing, text.length());
        while (d.find()) {
            int start = d.start();
            int end = d.end();
            if (text.substring(packing, start).contains("\n")) return;
            hits.removeIf(h -> (h.cue() == Cue.ARRIVE || h.cue() == Cue.DEPART) && h.start() < end && h.end() > start);
        }
    }
}
