package org.receptionbot.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.receptionbot.chat.ChatRef;

/**
 * Entries, withdrawals and sources as flat text fields, for stores: the record's contract fields
 * ({@link RecordFields}) plus {@code entry.*} and {@code source.*} fields. Null values are left out
 * (an entry stored before {@code entry.movement} existed reads with no movement).
 */
public final class EntryFields {

    private EntryFields() {}

    public static Map<String, String> write(Entry e) {
        Map<String, String> f = new LinkedHashMap<>(RecordFields.write(e.record()));
        f.put("entry.id", e.id());
        f.put("entry.day", e.day().toString());
        f.put("entry.late", Boolean.toString(e.late()));
        if (e.movement() != null) f.put("entry.movement", e.movement());
        f.putAll(source(e.source(), "source."));
        return f;
    }

    public static Entry readEntry(Map<String, String> f) {
        return new Entry(
                f.get("entry.id"),
                LocalDate.parse(f.get("entry.day")),
                RecordFields.read(f),
                source(f, "source."),
                Boolean.parseBoolean(f.get("entry.late")),
                f.get("entry.movement"));
    }

    public static Map<String, String> write(Withdrawal w) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("entry.id", w.entryId());
        f.putAll(source(w.by(), "by."));
        return f;
    }

    public static Withdrawal readWithdrawal(Map<String, String> f) {
        return new Withdrawal(f.get("entry.id"), source(f, "by."));
    }

    /** A source under a prefix ({@code source.}, {@code by.}). */
    public static Map<String, String> source(Source s, String prefix) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(prefix + "key", s.messageKey());
        f.put(prefix + "platform", s.chat().platform());
        f.put(prefix + "chat", s.chat().chatId());
        f.put(prefix + "message", s.messageId());
        f.put(prefix + "sender", s.senderId());
        if (s.senderName() != null) f.put(prefix + "name", s.senderName());
        f.put(prefix + "at", s.at().toString());
        if (s.known() != null) f.put(prefix + "known", s.known().toString());
        return f;
    }

    public static Source source(Map<String, String> f, String prefix) {
        return new Source(
                f.get(prefix + "key"),
                new ChatRef(f.get(prefix + "platform"), f.get(prefix + "chat")),
                f.get(prefix + "message"),
                f.get(prefix + "sender"),
                f.get(prefix + "name"),
                Instant.parse(f.get(prefix + "at")),
                f.containsKey(prefix + "known") ? Instant.parse(f.get(prefix + "known")) : null);
    }
}
