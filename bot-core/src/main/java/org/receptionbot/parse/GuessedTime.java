package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * "2号车实到14人 大概40分钟到酒店", "估计半小时到", "大约3点到": a guess word before a stretch of time or a clock
 * time guesses when, not how many; the figure counted beside it stays a count.
 */
final class GuessedTime {
    private static final Pattern TIME =
            Pattern.compile("^\\s*(?:还要|还有|要|再|得|就)?\\s*(?:[0-9０-９]+|[一二两三四五六七八九十半]+)个?(?:分钟|小时|钟头|点|[:：][0-9０-９])");

    private GuessedTime() {}

    /** Whether the words from {@code from} on give a stretch of time or a clock time. */
    static boolean follows(String words, int from) {
        return TIME.matcher(words.substring(Math.min(from, words.length()))).find();
    }
}
