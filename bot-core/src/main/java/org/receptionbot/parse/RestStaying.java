package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * "(有8个人今天下午先走) 剩下的明天在酒店休息", "剩下的明天还要比赛": the rest of a delegation said with what they do on their
 * day other than travel (resting, competing, a meeting, a visit) stay on; their day is no departure of theirs.
 */
final class RestStaying {
    private RestStaying() {}

    /** Something people do where they are: rest, compete, train, stay, carry on, meet, visit, watch, play. */
    private static final Pattern STAYING = Pattern.compile("休息|比赛|比完|训练|留下|留在|继续|开会|参会|参观|观赛|看比赛|考察|上课|玩|逛");

    /** Whether clause {@code c} says the rest do something where they are. */
    static boolean says(Clause c) {
        return STAYING.matcher(c.span()).find();
    }
}
