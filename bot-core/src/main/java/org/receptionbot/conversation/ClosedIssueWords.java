package org.receptionbot.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.receptionbot.access.Sender;
import org.receptionbot.ledger.FixedSaid;
import org.receptionbot.ledger.IssueBook;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.record.Issue;
import org.receptionbot.record.Record;

/**
 * A liaison's words, read as nothing to record, on their delegation's issue a coordinator resolved lately: said as
 * still wrong on its topic or room ("1510那间还是没打扫" after "1号问题处理好了"), they are that issue's follow-up, and the
 * ledger reopens it; a thanks with a word that it is done ("打扫好了 谢谢🙏") is acknowledged, nothing recorded.
 */
final class ClosedIssueWords {
    /** How long after its resolution words on an issue are taken as about it. */
    private static final Duration RECENT = Duration.ofDays(2);

    private static final Pattern THANKS = Pattern.compile("谢谢|感谢|多谢|辛苦");
    private static final Pattern MEAL_FIGURE = Pattern.compile(
            "(?:早饭|早餐|午饭|午餐|中饭|中午|晚饭|晚餐|晚上|宵夜|夜宵)[^，,。；;！!\\s]{0,6}?[零一二两三四五六七八九十百0-9]+\\s*(?:个|人|位|名|份)?");

    private final IssueBook issues;

    ClosedIssueWords(IssueBook issues) {
        this.issues = issues;
    }

    /** The follow-up reopening the delegation's lately resolved issue that {@code text} says is still wrong, or empty. */
    Optional<Record> reopening(String text, Sender sender, Instant now) {
        if (!IssuesInWords.stillWrong(text) || MEAL_FIGURE.matcher(text).find()) return Optional.empty();
        return about(text, sender, now)
                .map(t -> new Issue(t.issue().category(), t.issue().delegation(), text.strip(), Issue.Said.STILL));
    }

    /**
     * {@code r}, or, when it is a problem of the sender's delegation said as still wrong with no pending issue of its kind
     * (the ledger would follow that one), the lately resolved issue's follow-up in that issue's kind (the room's cleaning
     * read as 卫生 after it was reported as 住宿), which the ledger reopens.
     */
    Record read(Record r, String text, Sender sender, Instant now) {
        if (!(r instanceof Issue i)
                || sender.coordinator()
                || sender.delegation() == null
                || !sender.delegation().equals(i.delegation())
                || i.said() == Issue.Said.BESIDES
                || i.said() != Issue.Said.STILL && !IssuesInWords.stillWrong(text)) return r;
        boolean pendingOfKind = issues.all().stream()
                .anyMatch(t -> t.pending()
                        && i.delegation().equals(t.issue().delegation())
                        && t.issue().category() == i.category());
        if (pendingOfKind) return r;
        return about(text, sender, now)
                .<Record>map(t -> new Issue(t.issue().category(), i.delegation(), i.text(), Issue.Said.STILL))
                .orElse(r);
    }

    /** The acknowledgement of a thanks saying the delegation's lately resolved issue is done, or empty. */
    Optional<String> thanks(String text, Sender sender, Instant now) {
        if (!THANKS.matcher(text).find() || !FixedSaid.said(text)) return Optional.empty();
        return about(text, sender, now).or(() -> only(sender, now)).map(t -> "收到，问题#" + t.number() + "已办结，感谢反馈。");
    }

    /** The latest of the delegation's lately resolved issues {@code text} names the room of or is on the topic of. */
    private Optional<IssueTicket> about(String text, Sender sender, Instant now) {
        Set<String> places = PlaceFigures.places(text);
        return resolved(sender, now).stream()
                .filter(t -> places.isEmpty()
                        ? IssuesInWords.onTopic(text, t)
                        : PlaceFigures.places(t).stream().anyMatch(places::contains))
                .max(Comparator.comparing(t -> t.resolved().at()));
    }

    private Optional<IssueTicket> only(Sender sender, Instant now) {
        List<IssueTicket> resolved = resolved(sender, now);
        return resolved.size() == 1 ? Optional.of(resolved.get(0)) : Optional.empty();
    }

    private List<IssueTicket> resolved(Sender sender, Instant now) {
        if (sender.coordinator() || sender.delegation() == null) return List.of();
        return issues.all().stream()
                .filter(t -> t.state() == IssueTicket.State.RESOLVED
                        && sender.delegation().equals(t.issue().delegation())
                        && !now.isAfter(t.resolved().at().plus(RECENT)))
                .toList();
    }
}
