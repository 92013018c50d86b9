package org.receptionbot.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.access.Sender;
import org.receptionbot.ledger.IssueBook;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.record.Issue;
import org.receptionbot.record.Record;

/**
 * A liaison's word on their delegation's only pending issue ("卫生间那个水还在漏 保洁来了没用 得修"): when the parser
 * could not read it, or read it as a new problem of that issue's kind sharing its words and pointing back ("那个蟑螂 还有"), it is said as still so,
 * and the ledger adds it to that issue. Words with digits, or a meal's figure in words, are left as read: they may be
 * counts or rooms.
 */
final class OwnIssueWords {
    private static final Pattern DIGIT = Pattern.compile("[0-9０-９]");
    /** A meal's figure in words ("晚上二十七八个吧", "中午三十个"): a report to ask about, never a word on an issue. */
    private static final Pattern MEAL_FIGURE = Pattern.compile(
            "(?:早饭|早餐|早上|午饭|午餐|中饭|中午|晚饭|晚餐|晚上|宵夜|夜宵)" + "[^，,。；;！!\\s]{0,6}?[零一二两三四五六七八九十百]+\\s*(?:个|人|位|名|份)?");

    private static final Pattern THAT_ONE = Pattern.compile("那个|那件|刚才|之前|上次");

    private final IssueBook issues;
    private final FollowUpsOfOtherKind otherKind;
    private final ClosedIssueWords closed;

    OwnIssueWords(IssueBook issues) {
        this.issues = issues;
        this.otherKind = new FollowUpsOfOtherKind(issues);
        this.closed = new ClosedIssueWords(issues);
    }

    /**
     * The follow-up that {@code text}, read as nothing to record, is: still wrong on the only pending issue
     * ({@link #unnoticed}), news on a pending one ({@link IssueNews}), or still wrong on one resolved lately, which the
     * ledger reopens ({@link ClosedIssueWords}); else empty.
     */
    Optional<Record> followUp(String text, Sender sender, IssueNews news, Instant now) {
        return unnoticed(text, sender).or(() -> news.of(text, sender)).or(() -> closed.reopening(text, sender, now));
    }

    /** The acknowledgement of a thanks, read as nothing to record, saying a lately resolved issue is done. */
    Optional<String> thanks(String text, Sender sender, Instant now) {
        return closed.thanks(text, sender, now);
    }

    /** The follow-up that unread {@code text} is, or empty. */
    Optional<Record> unread(String text, Sender sender) {
        if (MEAL_FIGURE.matcher(text).find()) return Optional.empty();
        return only(text, sender)
                .filter(t -> IssuesInWords.about(text, t))
                .map(t -> new Issue(t.issue().category(), t.issue().delegation(), text.strip(), Issue.Said.STILL));
    }

    /**
     * The follow-up that {@code text}, read as nothing to record, is: on the topic of the delegation's only pending
     * issue and said as still wrong ("电瓶还是没电 师傅还在弄"); else empty.
     */
    Optional<Record> unnoticed(String text, Sender sender) {
        if (MEAL_FIGURE.matcher(text).find()) return Optional.empty();
        return only(text, sender)
                .filter(t -> IssuesInWords.stillWrongAbout(text, t))
                .map(t -> new Issue(t.issue().category(), t.issue().delegation(), text.strip(), Issue.Said.STILL));
    }

    /**
     * {@code r}, or the follow-up it is when it is a new problem of the only pending issue's kind, said as "that
     * one" (那个, 刚才) and either in its words or as still wrong (卫生间那个水还在漏); without such a word the
     * same problem said again later is a new issue. A problem said as still so that the parser filed under another kind
     * than the delegation's open issue on the same thing is that issue's follow-up ({@link FollowUpsOfOtherKind}); one
     * on an issue resolved lately reopens it ({@link ClosedIssueWords#read}).
     */
    Record read(Record r, String text, Sender sender, Instant now) {
        return closed.read(otherKind.read(readSameKind(r, text, sender), text, sender), text, sender, now);
    }

    private Record readSameKind(Record r, String text, Sender sender) {
        if (!(r instanceof Issue i)
                || i.said() != Issue.Said.PLAIN
                || !THAT_ONE.matcher(text).find()) return r;
        return only(text, sender)
                .filter(t -> t.issue().category() == i.category()
                        && sender.delegation().equals(i.delegation()))
                .filter(t -> IssuesInWords.sharesWords(i.text(), t) || IssuesInWords.stillWrong(text))
                .<Record>map(t -> new Issue(i.category(), i.delegation(), i.text(), Issue.Said.STILL))
                .orElse(r);
    }

    private Optional<IssueTicket> only(String text, Sender sender) {
        if (sender.coordinator()
                || sender.delegation() == null
                || DIGIT.matcher(text).find()) return Optional.empty();
        List<IssueTicket> open = issues.all().stream()
                .filter(t -> t.pending() && sender.delegation().equals(t.issue().delegation()))
                .toList();
        return open.size() == 1 ? Optional.of(open.get(0)) : Optional.empty();
    }
}
