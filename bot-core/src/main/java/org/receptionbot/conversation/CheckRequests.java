package org.receptionbot.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A yes to the 【离会确认】 with a request said after it ("河南确认 G3218 明早7点九院门口上车 15人 需要一辆车送站"): the request
 * is the stretch from a word of asking (需要, 麻烦, 能不能…) after a space or a comma to the end, and says nothing of the
 * departure itself (no train, hour, people or change); the words before it say yes.
 */
final class CheckRequests {
    private static final Pattern SPLIT =
            Pattern.compile("(.*?\\S)[\\s，,]+((?:另外|还|也)?(?:需要|要|麻烦|请|帮忙|帮我们|能不能|能否|可否|希望|想要|想)\\S.*)");
    private static final Pattern YES = Pattern.compile("确认|确定");
    /** Words of the departure itself: a train, an hour, people, a change; never a request beside it. */
    private static final Pattern DEPARTURE = Pattern.compile("[A-Za-z]{1,2}\\d{2,4}|\\d\\s*[点:：]|[一二两三四五六七八九十]点"
            + "|\\d+\\s*(?:人|位|名|个人)|[一二两三四五六七八九十]+\\s*(?:人|位|名|个人)|改|换|推迟|提前|延|不走|取消|走|离开|出发");

    /** The yes, and the request after it. */
    record Split(String said, String request) {}

    private CheckRequests() {}

    /** {@code text} as a yes and a request after it; empty when it is not one. */
    static Optional<Split> split(String text) {
        Matcher m = SPLIT.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        String said = m.group(1).strip();
        String request = m.group(2).strip();
        if (!YES.matcher(said).find() || DEPARTURE.matcher(request).find()) return Optional.empty();
        return Optional.of(new Split(said, request));
    }
}
