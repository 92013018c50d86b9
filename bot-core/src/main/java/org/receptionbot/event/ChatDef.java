package org.receptionbot.event;

/**
 * A chat the bot serves.
 *
 * @param platform telegram, discord or sandbox
 * @param id the platform's chat id
 * @param role what the chat is for
 * @param visit for a {@link Role#SITE} chat, the id of the route whose site it is; otherwise null
 */
public record ChatDef(String platform, String id, String name, Role role, String visit) {

    /** A chat that is not a receiving site's. */
    public ChatDef(String platform, String id, String name, Role role) {
        this(platform, id, name, role, null);
    }

    /**
     * The work group all reception staff talk in, the coordinators' own chat, the caterer's, or a
     * site-visit route's receiving site.
     */
    public enum Role {
        GROUP,
        COORDINATORS,
        CATERER,
        SITE
    }
}
