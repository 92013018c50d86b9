package org.receptionbot.conversation;

import java.util.Optional;
import org.receptionbot.access.DelegationNames;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;

/** The one delegation whose name or alias opens a message ("兵团确认了 …"), for a coordinator speaking of a team. */
final class NamedTeam {
    private NamedTeam() {}

    /** The delegation named first in {@code text}; empty when none, or when several names fit equally. */
    static Optional<Delegation> opening(Event event, String text) {
        DelegationNames names = new DelegationNames(event);
        String t = text.strip();
        Delegation best = null;
        int bestLeft = Integer.MAX_VALUE;
        boolean tie = false;
        for (Delegation d : event.delegations()) {
            Optional<String> after = names.after(d, t);
            if (after.isEmpty()) continue;
            int left = after.get().length();
            if (left < bestLeft) {
                best = d;
                bestLeft = left;
                tie = false;
            } else if (left == bestLeft) tie = true;
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }
}
