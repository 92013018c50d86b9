package org.receptionbot.conversation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A figure given in reply as a guess ("好像是38个", "大概38吧", "应该38个左右"): the contract records no figure a sender
 * is unsure of, so it is asked back plainly (see {@link ShortArrivalReplies}), never taken as said nor ignored.
 */
final class HedgedFigures {
    /** Words of a guess said of the figure, before it or after it. */
    private static final Pattern HEDGE =
            Pattern.compile("(?:好像|大概|大约|应该|可能|估计|差不多|貌似|似乎|约莫)(?:是|有)?" + "|(?<=[0-9一二两三四五六七八九十个人位])(?:吧|左右|上下|的样子)");
    /** A figure of people in what is left ("38个", "三十八"). */
    private static final Pattern FIGURE = Pattern.compile("[0-9一二两三四五六七八九十]");

    private HedgedFigures() {}

    /** The reply without its words of a guess, when it has any and a figure; empty for a plain reply. */
    static Optional<String> unhedged(String reply) {
        String plain = HEDGE.matcher(reply).replaceAll("").strip();
        if (plain.equals(reply.strip()) || !FIGURE.matcher(plain).find()) return Optional.empty();
        return Optional.of(plain);
    }

    /** Whether {@code figure} is still no single figure once unhedged (三十七八个, 三十多个). */
    static boolean vague(String figure) {
        return UnclearFigures.VAGUE.matcher(figure).find();
    }
}
