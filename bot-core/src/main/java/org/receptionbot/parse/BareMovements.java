package org.receptionbot.parse;

import java.util.List;

/**
 * "各车按原车号返回", "2点退房", "随车联络员明早7点到5号楼大堂领名单", "6点40到云上门口 准时": a coordinator's
 * or a driver's movement word that names no delegation, no figure and no train or flight tells people what
 * to do or where a bus will be; it is no delegation's movement and nothing to ask about. A coordinator
 * passing on a movement with its figure ("有8个人明天中午先走") or a vague one ("有十几个人提前走") is still asked
 * about.
 */
final class BareMovements {

    private BareMovements() {}

    static boolean bare(Draft d, Reading reading, List<Clause> clauses) {
        return reading.sender() == null
                && d.isMovement()
                && d.team == null
                && d.count == null
                && !d.vague
                && d.transport == null
                && MessageFacts.noTeam(clauses);
    }
}
