package org.receptionbot.adapters.discord;

import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/** Connects to a given gateway URL instead of asking Discord for one (a local server in tests). */
final class LocalGateway extends SessionControllerAdapter {
    private final String url;

    LocalGateway(String url) {
        this.url = url;
    }

    @Override
    public String getGateway() {
        return url;
    }
}
