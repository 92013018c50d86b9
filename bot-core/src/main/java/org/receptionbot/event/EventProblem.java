package org.receptionbot.event;

/**
 * One thing wrong in an event file.
 *
 * @param source the file (or other source) the event was read from
 * @param entry where in it, e.g. {@code delegations[17]（hunan）.hotel}
 * @param message what is wrong, in Chinese, for the person who edits the file
 */
public record EventProblem(String source, String entry, String message) {

    @Override
    public String toString() {
        return source + ": " + entry + ": " + message;
    }
}
