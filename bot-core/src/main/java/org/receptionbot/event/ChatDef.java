package org.receptionbot.event;

/**
 * A chat the bot serves.
 *
 * @param platform telegram, discord or sandbox
 * @param id the platform's chat id
 * @param role what the chat is for
 */
public record ChatDef(String platform, String id, String name, Role role) {

    /** The work group all reception staff talk in, the coordinators' own chat, or the caterer's. */
    public enum Role {
        GROUP,
        COORDINATORS,
        CATERER
    }
}
