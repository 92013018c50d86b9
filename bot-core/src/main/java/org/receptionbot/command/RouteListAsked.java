package org.receptionbot.command;

import java.util.regex.Pattern;

/**
 * A site-visit route's list asked for in words, by anyone for anyone ("北海线接待单位问名单 麻烦发一下", "柳州线名单发一下",
 * "陈科长打电话来要名单 能发一下北海线名单吗"): the route's {@code /visits} board. The list said sent, wrong or changed
 * ("名单发了", "名单上加1个") is no request.
 */
final class RouteListAsked {
    /**
     * A route's list asked for, by anyone for anyone: 名单发一下, 接待单位问名单 麻烦发一下, 麻烦把名单发给接待单位, 名单有吗
     * (一下 is gone by then).
     */
    private static final Pattern LIST_ASKED = Pattern.compile("(?:请|麻烦)?(?:把|发|要)?的?(?:接待单位|接待方|现场|那边|对方|基地)?"
            + "(?:在|要|问|想要|来要)?(?:的)?(?:考察)?(?:人员)?名单(?:表)?(?:请|麻烦|能不能|可以)?"
            + "(?:发|发下|发过来|发过去|发给?(?:我|我们|他们|对方|接待单位)|给|给我|有吗|有没有|呢)?(?:吗|吧)?");

    /** A list asked for in a longer message: 陈科长打电话来要名单 能发一下北海线名单吗, 接待单位要北海线的名单. */
    private static final Pattern LIST_REQUEST = Pattern.compile(
            "(?:要|发一下|发下|发给|发过来|发我|给一下|能发|能不能发|可以发|麻烦发|请发|问)[^，,。？?]{0,8}名单|名单[^，,。？?]{0,3}(?:发一下|发下|发给|发过来|发我|给一下|有吗|有没有)");
    /** The list said sent, wrong or being changed: 名单发了, 名单上加1个, 名单里少了. */
    private static final Pattern LIST_TOLD =
            Pattern.compile("名单(?:上|里|中|有误|不对|错)|已经?发|发过了|发了(?![吗没])|[0-9]|[一二两三四五六七八九十](?:个|位|名|人)");

    /** Whether the text (a route named in it) asks for a list and says nothing else of it. */
    private static boolean inLonger(String t) {
        return t.length() <= 40
                && LIST_REQUEST.matcher(t).find()
                && !LIST_TOLD.matcher(t).find();
    }

    private RouteListAsked() {}

    /**
     * Whether a message naming a route asks for its list: {@code cue}, the words left beside the route, are the request
     * alone, or {@code text}, the whole message without punctuation, asks for it among other words.
     */
    static boolean asked(String cue, String text) {
        return LIST_ASKED.matcher(cue).matches() || inLonger(text);
    }
}
