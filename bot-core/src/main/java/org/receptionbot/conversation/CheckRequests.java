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

    /** An hour of setting off from the lodging, closing the request ("12点从酒店出发"). */
    private static final Pattern SET_OFF = Pattern.compile("[\\s，,]+(?:明天|明早)?(?:早上|上午|中午|下午|晚上)?"
            + "(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})(?:[:：]\\d{2}|点(?:半|\\d{1,2}分?)?)"
            + "(?:从|在)?(?:酒店|宾馆|民宿|驻地)?(?:门口|大门|楼下|大堂|大厅)?(?:出发|上车|集合|发车)$");

    /** The yes, and the request after it. */
    record Split(String said, String request) {}

    private CheckRequests() {}

    /** {@code text} as a yes and a request after it; empty when it is not one. */
    static Optional<Split> split(String text) {
        Matcher m = SPLIT.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        String said = m.group(1).strip();
        String request = m.group(2).strip();
        // 需要一辆大巴送站 12点从酒店出发: the team's setting off said after the request belongs to the yes
        Matcher off = SET_OFF.matcher(request);
        if (off.find() && off.start() > 0) {
            said = said + " " + off.group().strip();
            request = request.substring(0, off.start()).strip();
        }
        if (!YES.matcher(said).find() || DEPARTURE.matcher(request).find()) return Optional.empty();
        return Optional.of(new Split(said, request));
    }
}
