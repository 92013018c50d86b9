package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.access.DelegationNames;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Settlement;
import org.receptionbot.record.MealCount;
import org.receptionbot.summary.SettledText;

/**
 * A statement the parser could not read that gives a figure for one of today's meals already being served
 * ("西藏中午实际来了28个" at 12:10): it gets what any report of a served meal gets ({@link SettledText}), the
 * reported figure stands and the actual diners are registered by the coordinators or the caterer. Empty when the
 * meal is not served yet, another day is named, or no figure or delegation is known.
 */
final class ServedMealFigures {
    private static final Pattern FIGURE = Pattern.compile("\\d{1,4}|[一二两三四五六七八九十百]+\\s*[个人位名]");
    private static final Pattern OTHER_DAY = Pattern.compile("明天|后天|昨天|前天|明早|明晚|\\d{1,2}\\s*[号日]");
    private final DelegationNames names;
    private final UnclearFigures meals;
    private final Settlement settlement;
    private final SettledText texts;

    ServedMealFigures(Event event, Ledger ledger, UnclearFigures meals) {
        this.names = new DelegationNames(event);
        this.meals = meals;
        this.settlement = new Settlement(event);
        this.texts = new SettledText(event, ledger);
    }

    Optional<String> said(String statement, Asked asked) {
        String s = statement.strip();
        if (OTHER_DAY.matcher(s).find() || !FIGURE.matcher(s).find()) return Optional.empty();
        String delegation = named(s).map(Delegation::id).orElse(asked.sender().delegation());
        Optional<Integer> figure = Numbers.read(s);
        if (delegation == null || figure.isEmpty()) return Optional.empty();
        return meals.meal(s)
                .map(m -> new MealCount(delegation, asked.today(), m.id(), figure.get()))
                .filter(r -> settlement.settled(r, asked.now()))
                .flatMap(r -> texts.said(
                        List.of(r), List.of(), asked.now(), asked.sender().coordinator()));
    }

    /** The delegation whose name or alias the statement holds, the longest one said. */
    private Optional<Delegation> named(String s) {
        return names.in(s).map(DelegationNames.Named::delegation);
    }
}
