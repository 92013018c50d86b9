package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.receptionbot.access.Sender;
import org.receptionbot.ledger.IssueBook;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.Record;

/**
 * A liaison's news on their delegation's pending issue, in words the parser reads as nothing to record ("那个崴脚的队员
 * 拍了片子没骨折 已经回酒店休息了 谢谢老师们"): added to that issue as a note for the coordinators, without resolving it
 * (only coordinators resolve). The words must share the issue's own words (崴脚, 空调, 行李), or point back (那个, 刚才)
 * and be of its kind, and say something happened (了, 过, 已, 没, 有); thanks and courtesy aside, nothing else must
 * remain for plain talk ("谢谢老师们 辛苦了") to stay silent, and so does a thanks for the thing received ("打包的早餐拿到了
 * 谢谢餐厅"). The bus found or come ("车找到了 停在后门", "车来了") is news of
 * a vehicle problem. Only one pending issue of the delegation may fit, and it must
 * be the only pending one of its kind, so the news cannot join another; figures other than rooms, vehicles and times
 * leave the words to the parser.
 */
final class IssueNews {
    private static final Pattern COURTESY = Pattern.compile(
            "(?:谢谢|感谢|多谢|辛苦)[^\\s，,。！!]*|麻烦[^\\s，,。！!]{0,4}了|好的|收到了?|知道了|明白了?|了解了?|[\\x{1F300}-\\x{1FAFF}\\x{2600}-\\x{27BF}]+");
    private static final Pattern HAPPENED = Pattern.compile("[了过已没有]|出院|正常|退烧|恢复|好转|稳定");
    private static final Pattern ASKING = Pattern.compile("[吗么？?]|怎么样|咋样|如何|什么时候|啥时候|能不能|可不可以");
    /** The missing bus found or come: "车找到了", "车来了", "车已经到了", "司机来了". */
    private static final Pattern BUS_FOUND = Pattern.compile("(?:车|司机|师傅)(?:已经?|终于|总算)?(?:找到了|来了|到了|联系上了)");

    /** Thanks said in the message. */
    private static final Pattern THANKS = Pattern.compile("谢谢|感谢|多谢");
    /** The thing asked for received: "拿到了", "收到了", "送到了", "送来了". */
    private static final Pattern RECEIVED = Pattern.compile("(?:拿到|收到|领到|取到|送到|送来)了");

    private static final Pattern THAT_ONE = Pattern.compile("那个|那件|那位|刚才|之前|上次|早上的|上午的");
    private static final Pattern DIGIT = Pattern.compile("[0-9０-９]");
    private static final Pattern MEAL_FIGURE = Pattern.compile(
            "(?:早饭|早餐|午饭|午餐|中饭|中午|晚饭|晚餐|晚上|宵夜|夜宵)[^，,。；;！!\\s]{0,6}?[零一二两三四五六七八九十百]+\\s*(?:个|人|位|名|份)?");
    private static final String EDGES = "^[\\s，,。.；;、！!]+|[\\s，,。.；;、！!]+$";

    private final IssueBook issues;

    IssueNews(IssueBook issues) {
        this.issues = issues;
    }

    /** The follow-up {@code text} is as news on the sender's delegation's one pending issue it fits, or empty. */
    Optional<Record> of(String text, Sender sender) {
        if (sender.coordinator() || sender.delegation() == null) return Optional.empty();
        if (DIGIT.matcher(text).find() && !PlaceFigures.only(text)
                || MEAL_FIGURE.matcher(text).find()) return Optional.empty();
        String news =
                COURTESY.matcher(text).replaceAll(" ").replaceAll(EDGES, "").replaceAll("\\s{2,}", " ");
        // 打包的早餐拿到了 谢谢餐厅: thanks for a thing received is talk, no news for the issue.
        if (THANKS.matcher(text).find() && RECEIVED.matcher(news).find()) return Optional.empty();
        if (news.isEmpty()
                || !HAPPENED.matcher(news).find()
                || ASKING.matcher(news).find()) return Optional.empty();
        List<IssueTicket> own = issues.all().stream()
                .filter(t -> t.pending() && sender.delegation().equals(t.issue().delegation()))
                .toList();
        List<IssueTicket> fitting = own.stream().filter(t -> about(news, t)).toList();
        if (fitting.size() != 1) return Optional.empty();
        IssueTicket t = fitting.get(0);
        if (own.stream()
                                .filter(o -> o.issue().category() == t.issue().category())
                                .count()
                        > 1
                || !samePlace(news, t)) return Optional.empty();
        return Optional.of(new Issue(t.issue().category(), t.issue().delegation(), news, Issue.Said.STILL));
    }

    /** False when both the news and the issue name rooms or vehicles and none is the same: the ledger would not join them. */
    private static boolean samePlace(String news, IssueTicket t) {
        Set<String> now = PlaceFigures.places(news);
        if (now.isEmpty()) return true;
        Set<String> before = PlaceFigures.places(t);
        return before.isEmpty() || before.stream().anyMatch(now::contains);
    }

    private static boolean about(String news, IssueTicket t) {
        return IssuesInWords.sharesWords(news, t)
                || THAT_ONE.matcher(news).find() && IssuesInWords.onTopic(news, t)
                || t.issue().category() == IssueCategory.VEHICLE
                        && BUS_FOUND.matcher(news).find();
    }
}
