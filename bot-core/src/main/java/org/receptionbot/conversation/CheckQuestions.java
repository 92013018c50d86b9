package org.receptionbot.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A yes to the 【离会确认】 with a plain question at its end ("天津确认 11:30 D656 30人 退房几点之前要退啊", "确认 早上在哪上车？"):
 * the question is the last stretch after a space or a comma, asks (几点, 吗, 能不能…) and says no figure, hour, meal or
 * change of its own; the words before it say yes.
 */
final class CheckQuestions {
    private static final Pattern SPLIT = Pattern.compile("(.*\\S)[\\s，,]+([^\\s，,]+)");
    private static final Pattern YES = Pattern.compile("确认|收到|没问题|无误|没变化|不变|👌");
    private static final Pattern ASKS = Pattern.compile("吗|呢|？|\\?|几点|什么时候|多久|怎么|哪里|在哪|哪儿|能不能|可不可以|要不要|是否|有没有");
    /** A figure, an hour, a meal or a change: a request of its own, never a plain question. */
    private static final Pattern MORE = Pattern.compile("[0-9零一两二三四五六七八九十]|改|提前|推迟|延|饭|餐|吃|不走|取消|少|加|减|打包");

    /** The words before the question, and the question. */
    record Split(String said, String question) {}

    private CheckQuestions() {}

    /** {@code text} as a yes and a plain question after it; empty when it is not one. */
    static Optional<Split> split(String text) {
        Matcher m = SPLIT.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        String said = m.group(1).strip();
        String question = m.group(2);
        if (!YES.matcher(said).find() || ASKS.matcher(said).find()) return Optional.empty();
        if (!ASKS.matcher(question).find() || MORE.matcher(question).find()) return Optional.empty();
        return Optional.of(new Split(said, question));
    }
}
