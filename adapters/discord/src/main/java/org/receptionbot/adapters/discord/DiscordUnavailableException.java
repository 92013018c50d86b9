package org.receptionbot.adapters.discord;

/** The bot cannot serve Discord: the start fails with what to do, in Chinese and in English. */
public final class DiscordUnavailableException extends RuntimeException {

    /** Why the start failed. */
    public enum Reason {
        /** Discord refused the token (401). */
        TOKEN,
        /** The privileged intent MESSAGE CONTENT is not enabled (close code 4014). */
        INTENT,
        /** Discord could not be reached, or closed the connection for another reason. */
        UNREACHABLE
    }

    private final Reason reason;

    DiscordUnavailableException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** What to do, in Chinese, then in English. */
    public String action() {
        return switch (reason) {
            case TOKEN ->
                "Discord 拒绝了机器人令牌。请在开发者门户（https://discord.com/developers/applications）"
                        + "应用的 Bot 页面点击 Reset Token，把新令牌设为 DISCORD_BOT_TOKEN。\n"
                        + "Discord refused the bot token. Reset it on the Bot page of the application in the developer"
                        + " portal (https://discord.com/developers/applications) and set DISCORD_BOT_TOKEN to the new one.";
            case INTENT ->
                "机器人未获准读取消息内容。请在开发者门户应用的 Bot 页面，"
                        + "在 Privileged Gateway Intents 下打开 MESSAGE CONTENT INTENT 并保存，然后重新启动。\n"
                        + "The bot may not read message content. On the Bot page of the application in the developer portal,"
                        + " turn on MESSAGE CONTENT INTENT under Privileged Gateway Intents, save, and start again.";
            case UNREACHABLE ->
                "无法连接 Discord。请检查网络；reception.discord.api-url 与 gateway-url 仅供测试使用。\n"
                        + "Discord could not be reached. Check the network; reception.discord.api-url and gateway-url are"
                        + " for tests only.";
        };
    }
}
