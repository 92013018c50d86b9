package org.receptionbot.reminder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReader;
import org.receptionbot.event.EventReading;
import org.receptionbot.event.TestEvents;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.record.Record;
import org.receptionbot.summary.RecordText;
import org.receptionbot.testing.InMemoryIssueBook;
import org.receptionbot.testing.InMemoryLedger;
import org.receptionbot.testing.RecordingOutbox;
import org.receptionbot.testing.Sources;
import org.receptionbot.visit.VisitBoards;

/**
 * The reference conference with a work group, a coordinators' chat, a site chat for 北海线 and a bus
 * liaison on buses 3 and 4; the visit notices with a 90-minute lead and a 30-minute count check.
 * 北海线 (buses 3, 4, 5, 9) leaves 2026-12-09 13:30 and arrives 16:30.
 */
final class ConferenceDay {
    static final ChatRef GROUP = new ChatRef("sandbox", "group");
    static final ChatRef COORDINATORS = new ChatRef("sandbox", "coordinators");
    static final ChatRef BEIHAI_SITE = new ChatRef("sandbox", "site-beihai");

    final Event event = event();
    final InMemoryLedger ledger = new InMemoryLedger();
    final RecordingOutbox outbox = new RecordingOutbox();
    final SaidOnce said = new InMemorySaidOnce();
    final VisitBoards boards = new VisitBoards(event, ledger);
    final VisitNotices notices = new VisitNotices(
            event, boards, new RecordText(event), outbox, said, Duration.ofMinutes(90), Duration.ofMinutes(30));
    private final Recorder recorder = new Recorder(event, ledger, new InMemoryIssueBook());

    org.receptionbot.ledger.Source say(String at, Record... records) {
        org.receptionbot.ledger.Source source = Sources.at(at, "联络员");
        recorder.apply(source, List.of(records));
        return source;
    }

    /** Takes back, at {@code at}, what was said at {@code said} (an undo). */
    void undo(org.receptionbot.ledger.Source said, String at) {
        recorder.withdraw(said.messageRef(), Sources.at(at, "联络员"));
    }

    /** The timed jobs on this day's ledger, outbox and said-once store. */
    TimedJobs jobs() {
        return new TimedJobs(event, ledger, outbox, said);
    }

    java.time.Instant instant(String at) {
        return Sources.instant(at);
    }

    Spoken fire(VisitNotices.Kind kind, String route, String at) {
        return notices.fire(kind, route, Sources.instant(at));
    }

    private static Event event() {
        Map<String, Object> tree = TestEvents.tree("/events/reference-conference.yml");
        tree.put("coordinators", List.of(Map.of("name", "黄志刚", "accounts", Map.of("sandbox", "huang"))));
        tree.put(
                "chats",
                List.of(
                        Map.of("platform", "sandbox", "id", "group", "name", "工作群", "role", "GROUP"),
                        Map.of("platform", "sandbox", "id", "coordinators", "name", "协调群", "role", "COORDINATORS"),
                        Map.of(
                                "platform",
                                "sandbox",
                                "id",
                                "site-beihai",
                                "name",
                                "北海线接待群",
                                "role",
                                "SITE",
                                "visit",
                                "beihai")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> vehicles = new ArrayList<>((List<Map<String, Object>>) tree.get("vehicles"));
        for (int i : new int[] {2, 3}) {
            Map<String, Object> v = new HashMap<>(vehicles.get(i));
            v.put("liaisons", List.of(Map.of("name", "随车" + (i + 1), "phone", "1350000000" + (i + 1))));
            vehicles.set(i, v);
        }
        tree.put("vehicles", vehicles);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> delegations = new ArrayList<>((List<Map<String, Object>>) tree.get("delegations"));
        for (int i = 0; i < delegations.size(); i++) {
            if (!"hunan".equals(delegations.get(i).get("id"))) continue;
            Map<String, Object> d = new HashMap<>(delegations.get(i));
            d.put("liaisons", List.of(Map.of("name", "高霞", "phone", "13977100117")));
            delegations.set(i, d);
        }
        tree.put("delegations", delegations);
        return ((EventReading.Valid) EventReader.read("conference", tree)).event();
    }
}
