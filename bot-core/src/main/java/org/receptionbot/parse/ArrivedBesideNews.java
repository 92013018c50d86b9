package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * An arrival said done at the head of a message that goes on with other news ("山东到了 9个人 有一个同志明天开完会直接走",
 * "安徽厅5人到了，晚饭5个，明早5个", "内蒙古5人到了 明早正常吃早饭"): the words of a later day or a question in the news after
 * it say nothing of the arrival, so the arrival is still said as it happens ({@link NowSaid#mark}). The head is the
 * message up to the end of the phrase where the arrival is said done, with a bare figure of people right after it
 * ("山东到了 9个人"). Nothing after the head may speak of people coming (到, 来, 落地, 抵达, 齐) or of some of them not
 * with the ones arrived (还有, 还差, 剩下, 其余, 另外, 后面, 路上): "到了33人 还有1个明天到" is not this. 还有 asking
 * whether something is left (晚饭还有吗, 还有没有吃的, 还有饭吗, 还有剩的吗) speaks of the food, not of people.
 */
final class ArrivedBesideNews {
    /** What ends a phrase of the message. */
    private static final String PAUSE = " ，,。；;！!~～\n";
    /** A phrase that is only a figure of people (9个人, 五位). */
    private static final Pattern FIGURE_ONLY =
            Pattern.compile("^([0-9]{1,3}|[一二两俩三四五六七八九十]{1,3})\\s*(个人|个|人|位|名)(都|全)?$");
    /** In the news after the head: people coming, or some not with the ones arrived. */
    private static final Pattern MORE_COMING =
            Pattern.compile("到|来|达|落地|齐|还有(?![吗么没饭吃剩])|还差|剩|其余|其他|另外|后面|路上|下一趟|下趟|分批|第二批|另一批");

    /** A phrase that only says the arrival done again: 刚到, 都到了, 已经到了啊. */
    private static final Pattern ECHO = Pattern.compile("^(刚|刚刚|已经|都|终于)?(到|到了|到啦|到达)(了|啊|哈|呀|啦)?$");

    private ArrivedBesideNews() {}

    /**
     * The head of {@code text} that says people arrived as it is sent when news that says nothing of arriving follows
     * it; null when no phrase but the last says an arrival done, or the news after it speaks of more people coming.
     */
    static String head(String text) {
        int end = 0;
        while (end < text.length()) {
            int next = end;
            while (next < text.length() && PAUSE.indexOf(text.charAt(next)) >= 0) next++;
            while (next < text.length() && PAUSE.indexOf(text.charAt(next)) < 0) next++;
            if (next == end) return null;
            String head = text.substring(0, next);
            end = next;
            if (!NowSaid.arrivedNow(head)) continue;
            String rest = text.substring(next);
            String figure = firstPhrase(rest);
            if (FIGURE_ONLY.matcher(figure).matches()) {
                head = text.substring(0, next + rest.indexOf(figure) + figure.length());
                rest = text.substring(head.length());
            }
            // 上海6个到了 刚到 晚宴还有吗: the arrival said again with no figure is no more people coming.
            String others = withoutEchoes(rest);
            boolean news = !others.isBlank();
            return news && !MORE_COMING.matcher(others).find() ? head : null;
        }
        return null;
    }

    /** {@code rest} without its phrases that only say the arrival done again (刚到, 到了): no figure, no more people. */
    private static String withoutEchoes(String rest) {
        StringBuilder kept = new StringBuilder();
        int i = 0;
        while (i < rest.length()) {
            int j = i;
            while (j < rest.length() && PAUSE.indexOf(rest.charAt(j)) < 0) j++;
            String phrase = rest.substring(i, j);
            if (!ECHO.matcher(phrase).matches()) kept.append(phrase);
            if (j < rest.length()) kept.append(rest.charAt(j));
            i = j + 1;
        }
        return kept.toString();
    }

    private static String firstPhrase(String rest) {
        int i = 0;
        while (i < rest.length() && PAUSE.indexOf(rest.charAt(i)) >= 0) i++;
        int j = i;
        while (j < rest.length() && PAUSE.indexOf(rest.charAt(j)) < 0) j++;
        return rest.substring(i, j);
    }
}
