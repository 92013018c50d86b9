package org.receptionbot.adapters.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Folds the confirmations waiting for a busy chat into one digest. */
final class Folding {
    private Folding() {}

    /**
     * The queue with its waiting confirmations replaced by one digest in the place of the first of
     * them, when at least {@code backlog} items wait and two or more of them are confirmations not
     * yet begun; empty otherwise. Every other item keeps its place.
     */
    static Optional<List<OutItem>> fold(List<OutItem> queue, int backlog) {
        if (queue.size() < backlog) return Optional.empty();
        List<OutItem> confirmations = new ArrayList<>();
        for (OutItem item : queue) if (item.confirmation()) confirmations.add(item);
        if (confirmations.size() < 2) return Optional.empty();
        List<OutItem> folded = new ArrayList<>();
        boolean placed = false;
        for (OutItem item : queue) {
            if (!item.confirmation()) {
                folded.add(item);
            } else if (!placed) {
                folded.add(OutItem.digest(confirmations));
                placed = true;
            }
        }
        return Optional.of(folded);
    }
}
