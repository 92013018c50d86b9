package org.receptionbot.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.message.SaidNow;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Record;

/**
 * A delegation's arrival reported as it happens at the head of a message of news ("北京团G532到了 42人下车了
 * 出站口没看到10号车啊", "龙江团到了 Z38晚了半小时 人齐31 现在站外 没看到车", "甘肃大巴到了 29全员 房间是好的 …"): the
 * opening stretch says the arrival done (the delegation, its bus or its train, then 到了, 落地了, 到民宿了), and among the
 * stretches after it ({@link ArrivalNewsShape}) one is only the figure of those who came (38人, 42人下车了, 人齐31,
 * 29全员), one may be only the train or flight, late or on time (K1256, Z38晚了半小时), one only the hour they got
 * there (6点35就到九院了). The arrival carries that figure, train and hour; the other news stays what the rules read
 * it as. Never where the message speaks of parts or of another day, names several delegations, trains or figures, or
 * opens with a numbered vehicle (3号车到了 42人 is its head count).
 */
final class ArrivedWithNews {
    /** Words of parts or of people short: another arrival's figure may be there ({@link ArrivedShort}, batches). */
    private static final Pattern PARTS =
            Pattern.compile("批|拨|波|剩下|其余|其他|其中|另外|还有|还差|差[一两二三四五六七八九十\\d]|少了|没到|未到|分两|一部分");

    private ArrivedWithNews() {}

    /** {@code read} with the arrival {@code m} opens with carrying its figure, train and hour; else {@code read}. */
    static ParseOutcome settled(ParseOutcome read, SettlingStep.Message m) {
        Front f = m.front();
        String text = f.text();
        if (!arrivalWord(text) || PARTS.matcher(text).find() || f.defers()) return read;
        ArrivalNewsShape shape = ArrivalNewsShape.of(text, f.mentions());
        if (shape == null) return read;
        String delegation = shape.team() != null ? shape.team() : m.sender();
        if (delegation == null) return read;
        LocalDate today = f.local().toLocalDate();
        LocalTime time = shape.time(f.local().toLocalTime());
        if (shape.clocked() && time == null) return read;
        Arrival said = new Arrival(delegation, today, time, shape.count(), shape.transport());
        return merged(read, said, shape.all(), text.substring(shape.rest()).strip(), text.strip());
    }

    /**
     * Whether {@code text} holds a word {@link ArrivalNewsShape}'s opening must end on (到, 抵达, 落地, 下车, 出站): a
     * message with none opens with no arrival said done, so it is not shaped at all.
     */
    private static boolean arrivalWord(String text) {
        return text.indexOf('到') >= 0
                || text.contains("抵达")
                || text.contains("落地")
                || text.contains("下车")
                || text.contains("出站");
    }

    /**
     * {@code read} with {@code said} filled into its one arrival of the delegation, or added before the rest; a question
     * about the whole {@code text} then asks about the {@code rest} only, or nothing when all was read.
     */
    private static ParseOutcome merged(ParseOutcome read, Arrival said, boolean all, String rest, String text) {
        List<Record> records = new ArrayList<>();
        Arrival own = null;
        for (Record r : read.records()) {
            if (r instanceof Arrival a) {
                if (own != null || !a.delegation().equals(said.delegation())) return read;
                own = a;
            }
        }
        List<Gap> gaps = new ArrayList<>();
        if (read instanceof ParseOutcome.Incomplete i)
            for (Gap g : i.gaps()) {
                if (g.missing() == Gap.Field.UNCLEAR
                        && g.draft() == null
                        && text.equals(g.statement().strip())) {
                    if (!rest.isEmpty()) gaps.add(new Gap(Gap.Field.UNCLEAR, null, rest));
                    continue;
                }
                if (!(g.draft() instanceof Arrival a)) {
                    gaps.add(g);
                    continue;
                }
                if (own != null || !said.delegation().equals(a.delegation())) return read;
                own = a;
            }
        Arrival filled = own == null ? said : filled(own, said);
        if (filled == null || filled.equals(own)) return read;
        boolean placed = false;
        for (Record r : read.records()) {
            if (r == own) {
                records.add(filled);
                placed = true;
            } else records.add(r);
        }
        if (!placed) records.add(0, filled);
        SaidNow now = new SaidNow(SaidNow.Kind.ARRIVAL, filled.count(), all, filled.transport());
        return gaps.isEmpty()
                ? new ParseOutcome.Understood(records, false, now)
                : new ParseOutcome.Incomplete(records, gaps, now);
    }

    /** {@code own} with what {@code said} adds, or null when they disagree (another day, figure, train or hour). */
    private static Arrival filled(Arrival own, Arrival said) {
        if (own.date() != null && !own.date().equals(said.date())) return null;
        Integer count = pick(own.count(), said.count());
        String transport = pick(own.transport(), said.transport());
        LocalTime time = pick(own.time(), said.time());
        if (count == null && said.count() != null
                || transport == null && said.transport() != null
                || time == null && said.time() != null) return null;
        return new Arrival(said.delegation(), said.date(), time, count, transport, own.part());
    }

    /** The one value of the two, or null when both are said and differ. */
    private static <T> T pick(T own, T said) {
        if (own == null) return said;
        if (said == null || own.equals(said)) return own;
        return null;
    }
}
