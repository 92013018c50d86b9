package org.receptionbot.parse;

import java.time.Instant;
import org.receptionbot.event.Event;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.testing.Sources;

/**
 * One event's parser reading messages sent at one local time of the event's zone, by one sender unless told another:
 * what the parser tests share instead of each holding a parser and a reading helper of its own.
 *
 * @param parser the parser of the event
 * @param now when the messages are sent
 * @param sender who sends them when a call names no one; {@code null} for a message of no known delegation
 */
record ParserFixture(MessageParser parser, Instant now, String sender) {

    /** The parser of {@code event} reading at {@code localTime} ("2026-11-22T16:25"), as no known sender. */
    static ParserFixture of(Event event, String localTime) {
        return new ParserFixture(new MessageParser(event), Sources.instant(localTime), null);
    }

    /** The same parser and time, the messages sent by {@code sender}. */
    ParserFixture as(String sender) {
        return new ParserFixture(parser, now, sender);
    }

    /** The same parser and sender, the messages sent at {@code localTime} ("2026-11-22T16:25"). */
    ParserFixture at(String localTime) {
        return new ParserFixture(parser, Sources.instant(localTime), sender);
    }

    /** {@code text} as this fixture's sender sends it. */
    ParseOutcome read(String text) {
        return read(text, sender);
    }

    /** {@code text} as {@code sender} sends it. */
    ParseOutcome read(String text, String sender) {
        return parser.parse(text, now, sender);
    }

    /** Checks of {@code text} as this fixture's sender sends it. */
    ParseCheck check(String text) {
        return new ParseCheck(text, read(text));
    }

    /** Checks of {@code text} as {@code sender} sends it. */
    ParseCheck check(String text, String sender) {
        return new ParseCheck(text, read(text, sender));
    }
}
