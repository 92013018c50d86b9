package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.IssueTicket;

/**
 * What a coordinator's step on an issue named by its words adds: the words besides those naming the issue and the
 * bare step ("广西崴脚的那个处理好了 没骨折" adds 没骨折; "广西那个崴脚的收到了 已安排6号车彭师傅过去接 送县医院" adds
 * 已安排6号车彭师傅过去接 送县医院; "湖南812的空调修好了" adds nothing). A piece names the issue when it ends in a word
 * pointing at it (那个, 的事, 的问题), or, before anything new is said or beside a delegation's name, says only what
 * the issue says.
 */
final class StepNotes {
    /** A step that says nothing more than itself: 收到了, 受理一下, 处理好了, 修好了. Dropped. */
    private static final String BARE = "已经?(?:收到了?|受理(?:一下)?|办结了?|解决了?|处理(?:好|完)?了?|搞定了?|修(?:好|复)了?)"
            + "|收到了?|受理(?:一下)?|办结了?|(?:正在|在)处理中?|解决了|处理(?:好|完)了|搞定了?|修(?:好|复)了";
    /** A step taken with someone: 已安排…, 已通知…, 马上联系…. Kept, and it begins a piece. */
    private static final String TAKEN = "(?:已经?|马上|正在|刚刚?)(?:通知|联系|安排|派|找(?!到))";
    /** Words pointing at the issue: they end a piece that names it. */
    private static final String POINTER = "那个|这个|那件事|那位|的事情?|的问题|问题|事情";

    private static final Pattern BOUNDARY =
            Pattern.compile("(?<bare>" + BARE + ")|(?<taken>" + TAKEN + ")|(?<pointer>" + POINTER + ")");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s，,。；;！!、]+");
    private static final Pattern ENDS_POINTING = Pattern.compile("(?:" + POINTER + ")$");
    private static final Pattern STARTS_TAKEN = Pattern.compile("^(?:" + TAKEN + ")");
    private static final Pattern PARTICLES = Pattern.compile("^(?:[的了啊呀吧呢嘛哈]|一下)+|[的了啊呀吧呢嘛哈]+$");
    private static final Pattern LEADING = Pattern.compile("^(?:[的啊呀吧呢嘛哈]|一下)+");
    private static final Pattern FILLER = Pattern.compile("[的了啊呀吧呢嘛哈那这个边里队团]");

    private final Event event;

    StepNotes(Event event) {
        this.event = event;
    }

    /** What {@code text}, a step on {@code t}, says besides naming it and the step itself; null when nothing. */
    String note(String text, IssueTicket t) {
        Set<Integer> said = said(t);
        List<String> kept = new ArrayList<>();
        for (String part : SEPARATORS.split(text.strip())) {
            StringBuilder fresh = new StringBuilder();
            for (Piece piece : pieces(part)) {
                String words = PARTICLES.matcher(piece.text()).replaceAll("");
                if (words.isEmpty()) continue;
                boolean named = !piece.taken()
                        && (ENDS_POINTING.matcher(piece.text()).find()
                                || (kept.isEmpty() && fresh.isEmpty() || hasDelegation(words))
                                        && saysOnly(words, said));
                if (!named)
                    fresh.append(fresh.isEmpty() ? LEADING.matcher(piece.text()).replaceAll("") : piece.text());
            }
            if (!fresh.isEmpty()) kept.add(fresh.toString());
        }
        return kept.isEmpty() ? null : String.join(" ", kept);
    }

    /** A part cut at the step words and after the words pointing at the issue. */
    private record Piece(String text, boolean taken) {}

    private static List<Piece> pieces(String part) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(part);
        int start = 0;
        while (m.find()) {
            if (m.group("bare") != null) {
                add(pieces, part.substring(start, m.start()));
                start = m.end();
            } else if (m.group("taken") != null) {
                add(pieces, part.substring(start, m.start()));
                start = m.start();
            } else {
                add(pieces, part.substring(start, m.end()));
                start = m.end();
            }
        }
        add(pieces, part.substring(start));
        return pieces;
    }

    private static void add(List<Piece> pieces, String text) {
        if (!text.isBlank())
            pieces.add(new Piece(text, STARTS_TAKEN.matcher(text).find()));
    }

    /** Whether every character of {@code words}, the delegations' names and fillers aside, is one the issue says. */
    private boolean saysOnly(String words, Set<Integer> said) {
        String rest = FILLER.matcher(withoutDelegations(words)).replaceAll("");
        return rest.codePoints().allMatch(said::contains);
    }

    private boolean hasDelegation(String words) {
        return !withoutDelegations(words).equals(words);
    }

    private String withoutDelegations(String words) {
        String rest = words;
        for (Delegation d : event.delegations())
            for (String name : d.words()) if (name.length() >= 2) rest = rest.replace(name, "");
        return rest;
    }

    /** The characters of the report (not of its follow-ups: news the step may confirm, such as 没骨折). */
    private static Set<Integer> said(IssueTicket t) {
        Set<Integer> chars = new HashSet<>();
        t.issue().text().codePoints().forEach(chars::add);
        return chars;
    }
}
