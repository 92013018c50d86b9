package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.record.Issue;
import org.receptionbot.summary.DelegationDiners;
import org.receptionbot.summary.MealBoard;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.PackedOrder;
import org.receptionbot.summary.Texts;

/**
 * What a packing request changes on its serving's board, said to its sender in plain words: "北京市代表团 12月12日（周六）
 * 早餐：堂食0人，打包42份", once a delegation and serving.
 */
final class PackedReceipts {
    private final Event event;
    private final MealBoards meals;

    PackedReceipts(Event event, MealBoards meals) {
        this.event = event;
        this.meals = meals;
    }

    /** A line for each serving the {@code applied} entries order packed portions of; empty when they order none. */
    List<String> lines(List<Entry> applied) {
        List<String> lines = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (Entry e : applied) {
            if (!(e.record() instanceof Issue i) || i.delegation() == null) continue;
            PackedOrder order = PackedOrder.of(i, e.source().at(), event).orElse(null);
            if (order == null
                    || !done.add(
                            order.delegation() + order.date() + order.meal().id())) continue;
            MealBoard board = meals.board(order.date(), order.meal(), java.time.Instant.EPOCH);
            board.venues().stream()
                    .flatMap(v -> v.delegations().stream())
                    .filter(d -> d.delegation().id().equals(order.delegation()))
                    .findFirst()
                    .ifPresent(d -> lines.add(line(order, d)));
        }
        return lines;
    }

    private static String line(PackedOrder order, DelegationDiners d) {
        return d.delegation().name() + " " + Texts.day(order.date())
                + order.meal().label() + "：堂食" + d.seated() + "人，打包" + d.packed() + "份";
    }
}
