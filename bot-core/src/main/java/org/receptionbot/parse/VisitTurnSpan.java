package org.receptionbot.parse;

import java.util.List;

/** What a stretch of text mentions, and where its last mention ends: for {@link VisitTurns}. */
record VisitTurnSpan(
        boolean route,
        boolean vehicle,
        boolean count,
        boolean meal,
        boolean day,
        boolean timed,
        boolean startsWithDay,
        boolean any,
        boolean onlyCount,
        int countLength,
        int endsAt) {
    static VisitTurnSpan of(List<Mention> mentions, int from, int to) {
        boolean route = false, vehicle = false, count = false, meal = false, day = false, timed = false;
        boolean startsWithDay = false;
        int endsAt = -1, mentioned = 0, countLength = 0;
        for (Mention m : mentions) {
            if (m.start() < from || m.end() > to) continue;
            route |= m instanceof Mention.Route;
            vehicle |= m instanceof Mention.Vehicle;
            count |= m instanceof Mention.Count;
            meal |= m instanceof Mention.Meals;
            day |= m instanceof Mention.Day || m instanceof Mention.Part;
            timed |= m instanceof Mention.Clock || m instanceof Mention.Transport;
            startsWithDay |= m.start() == from && m instanceof Mention.Day;
            mentioned++;
            if (m instanceof Mention.Count) countLength = m.end() - m.start();
            endsAt = Math.max(endsAt, m.end());
        }
        return new VisitTurnSpan(
                route,
                vehicle,
                count,
                meal,
                day,
                timed,
                startsWithDay,
                mentioned > 0,
                count && mentioned == 1,
                countLength,
                endsAt);
    }
}
