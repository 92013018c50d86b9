package org.receptionbot.conversation;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.receptionbot.access.Sender;
import org.receptionbot.ledger.IssueBook;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.record.Issue;
import org.receptionbot.record.Record;

/**
 * A liaison's problem said as still or again so ("暖气还是不热 都下午了 队员说晚上要感冒一片了", "812到现在还是没打扫") that
 * the parser filed under another kind than their delegation's open issue on the same room, vehicle or thing (the
 * heating reported as 住宿, said again with 感冒 and read as 医疗): news on that issue, said in its kind, so the ledger
 * adds it there instead of opening a new one. It must name the same room or vehicle number as exactly one pending issue
 * of the delegation, or share a word of its subject with it (暖气, 打扫; people and times aside), and no pending issue of
 * the delegation may be of its own kind (the ledger joins that one). A problem said as another besides (另外, 还有) is
 * left as read.
 */
final class FollowUpsOfOtherKind {
    private static final Pattern STILL = Pattern.compile("还是|还没|仍然|仍旧|依然|依旧|到现在|至今|又");
    private static final Pattern ANOTHER = Pattern.compile("另外|另一|还有");
    /** Words any two problems of a delegation may share without being about the same thing. */
    private static final Set<String> GENERIC = Set.of(
            "队员", "运动", "动员", "教练", "我们", "他们", "现在", "下午", "上午", "晚上", "早上", "中午", "今天", "昨天", "看看", "一下", "能不", "不能",
            "麻烦", "找人", "有人", "没人", "人来", "个人", "两个", "有个", "一个", "都没", "不了");

    private final IssueBook issues;

    FollowUpsOfOtherKind(IssueBook issues) {
        this.issues = issues;
    }

    /** {@code r}, or the follow-up of the delegation's one pending issue of another kind it is news on. */
    Record read(Record r, String text, Sender sender) {
        if (!(r instanceof Issue i)
                || sender.coordinator()
                || sender.delegation() == null
                || !sender.delegation().equals(i.delegation())) return r;
        if (ANOTHER.matcher(text).find()
                || i.said() != Issue.Said.STILL && !STILL.matcher(text).find()) return r;
        List<IssueTicket> open = issues.all().stream()
                .filter(t -> t.pending() && i.delegation().equals(t.issue().delegation()))
                .toList();
        if (open.stream().anyMatch(t -> t.issue().category() == i.category())) return r;
        List<IssueTicket> same =
                open.stream().filter(t -> sameSubject(i.text(), t)).toList();
        if (same.size() != 1) return r;
        return new Issue(same.get(0).issue().category(), i.delegation(), i.text(), Issue.Said.STILL);
    }

    /** Whether {@code text} names a room or vehicle {@code t} names, or shares a word of its subject; never when both name places and none is the same. */
    private static boolean sameSubject(String text, IssueTicket t) {
        Set<String> now = PlaceFigures.places(text);
        Set<String> before = PlaceFigures.places(t);
        if (!now.isEmpty() && !before.isEmpty()) return before.stream().anyMatch(now::contains);
        String subject = text;
        for (String w : GENERIC) subject = subject.replace(w, " ");
        return IssuesInWords.sharesWords(subject, t);
    }
}
