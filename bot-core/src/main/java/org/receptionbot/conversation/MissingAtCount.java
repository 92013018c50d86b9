package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.access.People;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Asked;
import org.receptionbot.event.ChatDef;
import org.receptionbot.ledger.Entry;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.VisitChange;
import org.receptionbot.summary.RecordText;

/**
 * People a bus's count says are still missing as it is to leave ("1号车实到30 还差2个在找", "5号车40人 还有一个没到",
 * "2号车实到28人 有3个人还没上车", "1号车实到29 少了两个 有一个河南的没来"): the coordinators are told at once, with the message, whatever the bus expects, as
 * for a bus counted short; the answer says so.
 */
final class MissingAtCount {
    /** A figure of people: digits, or Chinese numerals (一 to 十), 俩, 仨. */
    private static final String FIGURE = "([0-9]{1,2}|[一二两三四五六七八九十]{1,2}|俩|仨)";

    /** 还差2个, 差两个人; 还有1个没到, 3个人还没上车, 2个找不到, 少1个 联系不上. */
    private static final List<Pattern> MISSING = List.of(
            Pattern.compile("差" + FIGURE + "[个人位名]?"),
            Pattern.compile(FIGURE + "[个位名]?人?(?:还|仍)?(?:没|未)(?:到|来|上车|回来|集合|找到)"),
            Pattern.compile(FIGURE + "[个位名]?人?(?:还在找|在找|找不到|联系不上|没联系上)"),
            Pattern.compile("少" + FIGURE + "[个位名]?人?[ ，,]*(?:还在找|在找|找不到|联系不上|没联系上|没到|没来|没上车)"));

    /**
     * 少了两个, 还少一个人, 缺了2个: people short of the count however said, but for those the sender says go on their
     * own ({@link AccountedAbsentees}). Not after a meal (晚饭少2个 is a meal's change).
     */
    private static final Pattern SHORT = Pattern.compile("(?<![饭餐午晚早上])(?:少|缺)了?" + FIGURE + "[个位名]?人?");

    private final People people;
    private final Outbox outbox;
    private final RecordText texts;

    MissingAtCount(People people, Outbox outbox, RecordText texts) {
        this.people = people;
        this.outbox = outbox;
        this.texts = texts;
    }

    /** How many people {@code text} says are still missing; 0 when it says none (or there is no text). */
    static int said(String text) {
        if (text == null) return 0;
        for (Pattern p : MISSING) {
            Matcher m = p.matcher(text);
            if (m.find()) return Numbers.read(m.group(1)).orElse(0);
        }
        Matcher m = SHORT.matcher(text);
        if (!m.find()) return 0;
        return Math.max(0, Numbers.read(m.group(1)).orElse(0) - AccountedAbsentees.said(text));
    }

    /**
     * How many people {@code text} says are still missing, but for those the same message's records take off the
     * visits ("1号车实到30人，比名单少2个，江西有2个说不去了": the 2 are drop-outs, not people to look for).
     */
    static int stillMissing(String text, List<Entry> entries) {
        int missing = said(text);
        if (missing == 0) return 0;
        int droppedOut = 0;
        for (Entry e : entries)
            if (e.record() instanceof VisitChange c && c.to() == null) {
                if (c.count() == null) return 0;
                droppedOut += c.count();
            }
        return Math.max(0, missing - droppedOut);
    }

    /**
     * When {@code text} says people are missing at one of the counts {@code entries} hold, but for those its
     * drop-outs account for: tells the coordinators' chats (not the one it was said in) and returns the line for the
     * answer.
     */
    Optional<String> tell(List<Entry> entries, Asked asked, String text) {
        int missing = stillMissing(text, entries);
        if (missing == 0) return Optional.empty();
        Optional<Headcount> count = entries.stream()
                .map(Entry::record)
                .filter(Headcount.class::isInstance)
                .map(Headcount.class::cast)
                .findFirst();
        if (count.isEmpty()) return Optional.empty();
        String bus = count.get().vehicle() + "号车";
        List<ChatRef> chats = people.chats(ChatDef.Role.COORDINATORS).stream()
                .filter(c -> !c.equals(asked.chat()))
                .toList();
        for (ChatRef chat : chats)
            outbox.send(Reply.notice(
                    chat,
                    "⚠" + bus + "还差" + missing + "人未到（" + asked.sender().name() + " " + texts.clock(asked.now())
                            + "）：实到" + count.get().count() + "人，“" + text.strip() + "”"));
        return Optional.of("⚠" + bus + "还差" + missing + "人未到" + (chats.isEmpty() ? "。" : "，已通知协调组。"));
    }
}
