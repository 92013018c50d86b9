package org.receptionbot.adapters.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Folds the receipts waiting for a busy chat into one digest. What is a receipt is the core's
 * reply kind ({@link org.receptionbot.chat.Reply.Kind#RECEIPT}), never its wording.
 */
final class Folding {
    private Folding() {}

    /**
     * The queue with its waiting receipts, and the digests of them not yet begun, replaced by one
     * digest in the place of the first of them, when at least {@code backlog} items wait and two or
     * more of them can be folded; empty otherwise. Every other item keeps its place.
     */
    static Optional<List<OutItem>> fold(List<OutItem> queue, int backlog) {
        if (queue.size() < backlog) return Optional.empty();
        List<OutItem> foldable = new ArrayList<>();
        for (OutItem item : queue) if (item.foldable()) foldable.add(item);
        if (foldable.size() < 2) return Optional.empty();
        List<OutItem> folded = new ArrayList<>();
        boolean placed = false;
        for (OutItem item : queue) {
            if (!item.foldable()) {
                folded.add(item);
            } else if (!placed) {
                folded.add(OutItem.digest(foldable));
                placed = true;
            }
        }
        return Optional.of(folded);
    }
}
