package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the mentions of a message, one rule family after another in a fixed order of precedence:
 * a span taken by an earlier family (3号车, G1234, 23号) is not read again by a later one, so the 3
 * of 3号车 is never a date and G1234 stays one token.
 */
final class MentionScanner {
    private final TransportMentions transport;
    private final DateMentions dates;
    private final NameMentions names;
    private final boolean routes;

    MentionScanner(Lexicon lexicon) {
        this.transport = new TransportMentions(lexicon);
        this.dates = new DateMentions(lexicon.event);
        this.names = new NameMentions(lexicon);
        this.routes = lexicon.hasRoutes();
    }

    /** Every mention in {@code text}, sorted by position. */
    List<Mention> scan(String text, LocalDate today) {
        Spans s = new Spans(text);
        boolean latin = Spans.anyOf(text, 'A', 'Z');
        boolean digits = Spans.anyOf(text, '0', '9');
        if (latin) transport.latin(s);
        transport.numbered(s, digits);
        transport.byDriver(s);
        if (digits && Spans.contains(text, ":")) ClockMentions.digital(s);
        dates.written(s, today, digits);
        names.meals(s);
        dates.relative(s, today);
        ClockMentions.parts(s);
        ClockMentions.spoken(s);
        dates.days(s, today);
        FigureMentions.counted(s, latin);
        if (routes) names.routes(s);
        names.teams(s);
        FigureMentions.bare(s, digits);
        s.found.sort(Comparator.comparingInt(Mention::start));
        return s.found;
    }
}
