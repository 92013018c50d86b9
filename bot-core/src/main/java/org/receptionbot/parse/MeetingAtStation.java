package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * "我们到车站了 去接他们", "我们已经到火车站了 等着接家长", "我们到机场接领导了": the sender's people reaching a station or an
 * airport to meet others there are on an errand; the team arrives nowhere (an arrival of the team would add or cancel
 * its meals). People met there who are the team's own ("到车站了 接我们的车在哪", a train or a flight of theirs named)
 * still arrive, and so do others said arriving there ("他们下午3点到恩施站 我们去接他们", "后面那5个3点到 我们去车站接").
 */
final class MeetingAtStation {
    /** A station or an airport reached: 到车站了, 到了机场, 到恩施站. */
    private static final Pattern REACHED = Pattern.compile("到(了)?[\\p{IsHan}]{0,3}(车站|火车站|高铁站|动车站|机场|站)");

    /** Others met there: 接他们, 接一下家长, 去接人, 等着接领导. */
    private static final Pattern MEETS_OTHERS =
            Pattern.compile("接(一下|下|着)?(他们|她们|他|她|人|家长|家属|领导|队友|客人|嘉宾|朋友|老乡|孩子|后面的|后面那|剩下的|其他)");

    /** The team met itself: 接我们, 接咱们. */
    private static final Pattern MET_US = Pattern.compile("接(一下|下)?(我们|咱们|我)");

    /** Others said arriving (他们下午3点到恩施站 我们去接他们): their arrival, not the meeters'. */
    private static final Pattern THEY = Pattern.compile("他们|她们|他|她|家长|领导|后面|剩下|其他|其余");

    private MeetingAtStation() {}

    /** Takes out the team's arrivals that are only its people reaching a station to meet others. */
    static void drop(Drafts drafts, String original) {
        if (!MEETS_OTHERS.matcher(original).find() || MET_US.matcher(original).find()) return;
        drafts.dropIf(d -> d.kind == Draft.Kind.ARRIVAL && d.transport == null && d.count == null && ours(d.statement));
    }

    /**
     * {@code text} with the sender's people's reaching of the station blanked (positions kept) when they meet others
     * there, so that it is not marked as an arrival said as it happens ({@link NowSaid#mark}); else {@code text}.
     */
    static String blank(String text) {
        if (text.indexOf('接') < 0
                || !MEETS_OTHERS.matcher(text).find()
                || MET_US.matcher(text).find()) return text;
        java.util.regex.Matcher m = REACHED.matcher(text);
        char[] chars = null;
        while (m.find()) {
            int from = Math.max(0, Math.max(text.lastIndexOf(' ', m.start()), text.lastIndexOf('，', m.start())));
            if (THEY.matcher(text.substring(from, m.start())).find()) continue;
            if (chars == null) chars = text.toCharArray();
            for (int i = m.start(); i < m.end(); i++) chars[i] = ' ';
        }
        return chars == null ? text : new String(chars);
    }

    /** Whether the statement says a station reached by no one but the sender's people (我们, or no one named). */
    private static boolean ours(String statement) {
        java.util.regex.Matcher m = REACHED.matcher(statement);
        return m.find() && !THEY.matcher(statement.substring(0, m.start())).find();
    }
}
