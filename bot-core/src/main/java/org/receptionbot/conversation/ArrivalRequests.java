package org.receptionbot.conversation;

import java.util.regex.Pattern;

/**
 * A request to say when people arrive ("大家辛苦了 路上注意安全 到了说一声", "到酒店了在群里报个平安", "到了以后跟我说一下"):
 * a send-off, not an arrival said now, so nobody is asked whose arrival it is. Said by someone who has arrived
 * ("我们到了 跟大家说一声", "已经到了"), or with a figure, it stays a report.
 */
final class ArrivalRequests {

    private static final Pattern REQUEST =
            Pattern.compile("(?<!我们|我|已|已经|都|刚|刚刚|已到|安全|平安)到(?:酒店|宾馆|山庄|机场|车站|高铁站|家|地方|目的地)?了?(?:以后|之后|后)?"
                    + "[，, ]?(?:记得|麻烦|请)?(?:在群里|群里|跟我|给我|和我|跟大家|给大家)?"
                    + "(?:说一声|说一下|讲一声|报个平安|报平安|吱一声|回个话|回个消息|发个消息|打个电话|告诉|报一下|说下)");

    private static final Pattern FIGURE = Pattern.compile("[0-9０-９]|[一二两三四五六七八九十]+[个人位名]");

    private ArrivalRequests() {}

    /** Whether {@code text} asks to be told of an arrival, with no figure of people said arrived. */
    static boolean in(String text) {
        return REQUEST.matcher(text).find() && !FIGURE.matcher(text).find();
    }
}
