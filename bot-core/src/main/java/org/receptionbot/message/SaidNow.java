package org.receptionbot.message;

/**
 * A movement the message says is happening as it is sent ("那三个人到了", "3个队员已经到酒店了", "到齐了",
 * "那1个已经走了"), as the parser reads it, so that the chat can tie the report to a movement already
 * reported or planned. Not a field of the records contract.
 *
 * @param kind whether people are said to arrive or to leave
 * @param count the figure of people said, or null
 * @param all everyone expected is said to be there (到齐)
 * @param transport the train or flight named ("到了 坐的G1502"), or null
 * @param missing how many of the delegation are said not to have come with them ("到了33 还差一个": 1), or null;
 *     those who came are a part of the delegation, not the arrival expected for all of it
 */
public record SaidNow(Kind kind, Integer count, boolean all, String transport, Integer missing) {

    /** A movement said as happening now with no one said to be missing. */
    public SaidNow(Kind kind, Integer count, boolean all, String transport) {
        this(kind, count, all, transport, null);
    }

    /** The direction of the movement. */
    public enum Kind {
        ARRIVAL,
        DEPARTURE
    }
}
