package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.ButtonPress;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.parse.MessageParser;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.testing.CoreWiring;
import org.receptionbot.testing.InMemoryInboundLog;
import org.receptionbot.testing.InMemoryLedger;
import org.receptionbot.testing.MutableClock;
import org.receptionbot.testing.RecordingOutbox;
import org.receptionbot.testing.Sources;

/** A dialogue over in-memory ports with a canned reader: text -> outcome, else nothing to record. */
final class ConversationFixture {
    static final ChatRef GROUP = new ChatRef("sandbox", "group");
    static final ChatRef COORDINATORS = new ChatRef("sandbox", "coordinators");
    static final ChatRef CATERER = new ChatRef("sandbox", "caterer");
    final RecordingOutbox outbox = new RecordingOutbox();
    final InMemoryLedger ledger = new InMemoryLedger();
    final Map<String, ParseOutcome> canned = new HashMap<>();
    final InMemoryInboundLog log = new InMemoryInboundLog();
    final CoreWiring core;
    final Dialogue dialogue;
    private final MutableClock clock =
            new MutableClock(Sources.instant("2026-11-22T08:00"), ZoneId.of("Asia/Shanghai"));
    private int next;
    private String day;

    ConversationFixture(Event event) {
        this(event, (org.receptionbot.reminder.Reminders) null);
    }

    ConversationFixture(Event event, org.receptionbot.reminder.Reminders reminders) {
        core = CoreWiring.inMemory(event, ledger, outbox, clock);
        dialogue = core.dialogue(
                log,
                (text, at, delegation, vehicle) -> canned.getOrDefault(text, new ParseOutcome.NothingToRecord()),
                null,
                reminders);
    }

    /** A conversation whose messages are read by {@code reader} instead of canned outcomes. */
    ConversationFixture(Event event, Reader reader) {
        core = CoreWiring.inMemory(event, ledger, outbox, clock);
        dialogue = core.dialogue(log, reader, null, null);
    }

    /** A conversation whose messages the real parser reads, as in production. */
    static ConversationFixture parsing(Event event) {
        return new ConversationFixture(event, new MessageParser(event)::parse);
    }

    /**
     * A conversation the real parser reads, its times said as times of {@code day} ("07:12" for "2026-11-23T07:12"); a
     * full local time still holds.
     */
    static ConversationFixture parsing(Event event, String day) {
        ConversationFixture f = parsing(event);
        f.day = day;
        return f;
    }

    void reads(String text, Record... records) {
        canned.put(text, new ParseOutcome.Understood(List.of(records)));
    }

    void reads(String text, ParseOutcome outcome) {
        canned.put(text, outcome);
    }

    /** {@code sender} says {@code text} in the group at a local time ("2026-11-22T09:30"); returns the message. */
    IncomingMessage say(String sender, String at, String text) {
        return send(new IncomingMessage(GROUP, "m" + (++next), sender, sender, local(at), text, null, false));
    }

    /** {@code sender} says {@code text} at a local time in reply to the message {@code repliedTo}. */
    IncomingMessage replyTo(String sender, String at, String text, String repliedTo) {
        return send(new IncomingMessage(GROUP, "m" + (++next), sender, sender, local(at), text, repliedTo, false));
    }

    IncomingMessage send(IncomingMessage message) {
        clock.set(message.sentAt());
        dialogue.onMessage(message);
        return message;
    }

    void press(String user, String at, String messageId, String action) {
        clock.set(local(at));
        dialogue.onButton(new ButtonPress(GROUP, messageId, user, action));
    }

    /**
     * {@code user} presses the button labelled {@code label} under the group's last reply, which
     * answers {@code message}; fails when that reply has no such button.
     */
    void pressOnLast(String user, String at, IncomingMessage message, String label) {
        String action = lastTo(GROUP).buttons().stream()
                .filter(b -> b.label().equals(label))
                .map(Button::action)
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no button " + label + " under " + lastTo(GROUP).text()));
        press(user, at, message.messageId(), action);
    }

    Reply lastTo(ChatRef chat) {
        List<Reply> replies = outbox.sentTo(chat);
        if (replies.isEmpty()) throw new AssertionError("nothing was sent to " + chat);
        return replies.get(replies.size() - 1);
    }

    /** The texts of the meal matters the caterer's chat was told ("【餐饮需求】…"), in order. */
    List<String> cateringNotices() {
        return outbox.sentTo(CATERER).stream()
                .map(Reply::text)
                .filter(t -> t.startsWith("【餐饮需求】"))
                .toList();
    }

    /** The diners the boards count for {@code delegation} at the event's {@code meal} ("LUNCH") on {@code day}. */
    int diners(LocalDate day, String meal, String delegation) {
        return core.meals
                .count(day, core.event.meal(meal).orElseThrow(), delegation)
                .diners();
    }

    static Instant time(String at) {
        return Sources.instant(at);
    }

    /** A local time, on the conversation's day ({@link #parsing(Event, String)}) when it gives none. */
    private Instant local(String at) {
        return time(day != null && at.indexOf('T') < 0 ? day + "T" + at : at);
    }

    /** The issue of that number, which must exist. */
    IssueTicket issue(int number) {
        return core.issueBook.find(number).orElseThrow();
    }

    /** The group's answer to {@code text}, or null when the bot says nothing to it. */
    String answerOrNull(String sender, String at, String text) {
        int before = outbox.sentTo(GROUP).size();
        say(sender, at, text);
        return outbox.sentTo(GROUP).size() == before ? null : lastTo(GROUP).text();
    }

    /** Says the text and returns the group's answer to it, failing when none was sent. */
    String answerTo(String sender, String at, String text) {
        int before = outbox.sentTo(GROUP).size();
        say(sender, at, text);
        assertThat(outbox.sentTo(GROUP)).as("an answer to %s", text).hasSizeGreaterThan(before);
        return lastTo(GROUP).text();
    }

    /** Says the text and returns the group's one answer to it, failing when none or more than one was sent. */
    String soleAnswerTo(String sender, String at, String text) {
        int before = outbox.sentTo(GROUP).size();
        say(sender, at, text);
        assertThat(outbox.sentTo(GROUP)).as("one answer to %s", text).hasSize(before + 1);
        return lastTo(GROUP).text();
    }

    /** Says the text and returns what the group was told last: its answer, or the earlier reply when none was sent. */
    String groupHears(String sender, String at, String text) {
        say(sender, at, text);
        return lastTo(GROUP).text();
    }

    /** The evening messages about tomorrow, on this conversation's records and outbox. */
    org.receptionbot.reminder.Briefings briefings() {
        return new org.receptionbot.reminder.Briefings(
                core.event,
                org.receptionbot.reminder.Briefings.Boards.of(core.meals, core.movements, core.issues)
                        .withHeld(core.held),
                new org.receptionbot.summary.RecordText(core.event),
                outbox,
                core.said);
    }

    /** The delegation's active arrivals and departures, in the ledger's order. */
    List<Movement> movementsOf(String delegation) {
        return ledger.activeMovements().stream()
                .map(Entry::record)
                .map(Movement.class::cast)
                .filter(m -> m.delegation().equals(delegation))
                .toList();
    }
}
