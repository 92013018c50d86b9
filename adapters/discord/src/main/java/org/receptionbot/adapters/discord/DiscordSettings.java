package org.receptionbot.adapters.discord;

import java.util.Set;

/**
 * How the adapter talks to Discord.
 *
 * @param token the bot's token from the developer portal
 * @param apiUrl the REST API base URL ({@code https://discord.com/api/v10/} by default; a local
 *     server in tests)
 * @param gatewayUrl the gateway's websocket URL, or null to ask Discord for it (a local server in
 *     tests)
 * @param servedChannels the channel ids of the event file's Discord chats; messages in any other
 *     channel are ignored
 */
public record DiscordSettings(String token, String apiUrl, String gatewayUrl, Set<String> servedChannels) {

    public static final String DEFAULT_API_URL = "https://discord.com/api/v10/";

    public DiscordSettings {
        if (token == null || token.isBlank()) throw new IllegalArgumentException("the Discord token is blank");
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl;
        if (!apiUrl.startsWith("http://") && !apiUrl.startsWith("https://")) {
            throw new IllegalArgumentException("the Discord API URL must be http(s): " + apiUrl);
        }
        gatewayUrl = gatewayUrl == null || gatewayUrl.isBlank() ? null : gatewayUrl;
        if (gatewayUrl != null && !gatewayUrl.startsWith("ws://") && !gatewayUrl.startsWith("wss://")) {
            throw new IllegalArgumentException("the Discord gateway URL must be ws(s): " + gatewayUrl);
        }
        for (String id : servedChannels) {
            if (!DiscordSender.isSnowflake(id)) {
                throw new IllegalArgumentException("a Discord channel id is a number: " + id);
            }
        }
        servedChannels = Set.copyOf(servedChannels);
    }
}
