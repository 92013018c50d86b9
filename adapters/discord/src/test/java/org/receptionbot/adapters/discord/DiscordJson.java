package org.receptionbot.adapters.discord;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/** Discord's JSON shapes, as much of them as JDA reads, for the fake server. */
final class DiscordJson {
    private static final long DISCORD_EPOCH = 1420070400000L;
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private DiscordJson() {}

    /** A new snowflake: later ids are larger, as Discord's are. */
    static long snowflake() {
        return ((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (SEQUENCE.incrementAndGet() & 0x3FFFFF);
    }

    static String timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC).toString();
    }

    static DataObject user(long id, String name, boolean bot) {
        return DataObject.empty()
                .put("id", Long.toString(id))
                .put("username", name)
                .put("global_name", name)
                .put("discriminator", "0")
                .put("avatar", null)
                .put("bot", bot)
                .put("public_flags", 0)
                .put("flags", 0)
                .put("verified", true)
                .put("mfa_enabled", false);
    }

    static DataObject member(DataObject user) {
        return DataObject.empty()
                .put("user", user)
                .put("roles", DataArray.empty())
                .put("joined_at", timestamp(Instant.parse("2026-01-01T00:00:00Z")))
                .put("nick", null)
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0)
                .put("pending", false)
                .put("permissions", "8");
    }

    static DataObject channel(long guild, long id, String name, long lastMessage) {
        return DataObject.empty()
                .put("id", Long.toString(id))
                .put("type", 0)
                .put("guild_id", Long.toString(guild))
                .put("name", name)
                .put("position", 0)
                .put("permission_overwrites", DataArray.empty())
                .put("parent_id", null)
                .put("topic", null)
                .put("nsfw", false)
                .put("rate_limit_per_user", 0)
                .put("last_message_id", lastMessage == 0 ? null : Long.toString(lastMessage))
                .put("flags", 0);
    }

    static DataObject guild(long id, DataArray channels, DataObject botMember) {
        DataObject everyone = DataObject.empty()
                .put("id", Long.toString(id))
                .put("name", "@everyone")
                .put("permissions", "8") // administrator: the fake never refuses for permissions
                .put("position", 0)
                .put("color", 0)
                .put("colors", DataObject.empty().put("primary_color", 0))
                .put("hoist", false)
                .put("managed", false)
                .put("mentionable", false)
                .put("flags", 0);
        return DataObject.empty()
                .put("id", Long.toString(id))
                .put("name", "接待保障")
                .put("icon", null)
                .put("owner_id", "1")
                .put("roles", DataArray.empty().add(everyone))
                .put("channels", channels)
                .put("threads", DataArray.empty())
                .put("guild_scheduled_events", DataArray.empty())
                .put("emojis", DataArray.empty())
                .put("stickers", DataArray.empty())
                .put("voice_states", DataArray.empty())
                .put("members", DataArray.empty().add(botMember))
                .put("presences", DataArray.empty())
                .put("stage_instances", DataArray.empty())
                .put("soundboard_sounds", DataArray.empty())
                .put("features", DataArray.empty())
                .put("member_count", 3)
                .put("large", false)
                .put("unavailable", false)
                .put("joined_at", timestamp(Instant.parse("2026-01-01T00:00:00Z")))
                .put("preferred_locale", "zh-CN")
                .put("premium_tier", 0)
                .put("premium_progress_bar_enabled", false)
                .put("system_channel_flags", 0)
                .put("nsfw_level", 0)
                .put("mfa_level", 0)
                .put("verification_level", 0)
                .put("default_message_notifications", 0)
                .put("explicit_content_filter", 0)
                .put("afk_timeout", 300);
    }

    /** A message as Discord sends it; {@code replyTo} is a message id of the same channel, or 0. */
    static DataObject message(long guild, long channel, long id, DataObject author, String content, long replyTo) {
        DataObject message = DataObject.empty()
                .put("id", Long.toString(id))
                .put("type", replyTo == 0 ? 0 : 19)
                .put("channel_id", Long.toString(channel))
                .put("guild_id", Long.toString(guild))
                .put("author", author)
                .put("member", member(author).remove("user"))
                .put("content", content)
                .put("timestamp", timestamp(Instant.now()))
                .put("edited_timestamp", null)
                .put("tts", false)
                .put("mention_everyone", false)
                .put("mentions", DataArray.empty())
                .put("mention_roles", DataArray.empty())
                .put("attachments", DataArray.empty())
                .put("embeds", DataArray.empty())
                .put("components", DataArray.empty())
                .put("pinned", false)
                .put("flags", 0);
        if (replyTo != 0) {
            message.put(
                    "message_reference",
                    DataObject.empty()
                            .put("type", 0)
                            .put("message_id", Long.toString(replyTo))
                            .put("channel_id", Long.toString(channel))
                            .put("guild_id", Long.toString(guild)));
        }
        return message;
    }

    /** An interaction in a channel of the guild, by {@code user}. */
    static DataObject interaction(long app, long guild, long channel, DataObject user, int type, DataObject data) {
        long id = snowflake();
        return DataObject.empty()
                .put("id", Long.toString(id))
                .put("application_id", Long.toString(app))
                .put("type", type)
                .put("token", "token-" + id)
                .put("version", 1)
                .put("guild_id", Long.toString(guild))
                .put(
                        "guild",
                        DataObject.empty()
                                .put("id", Long.toString(guild))
                                .put("locale", "zh-CN")
                                .put("features", DataArray.empty()))
                .put("channel_id", Long.toString(channel))
                .put("channel", channel(guild, channel, "channel", 0))
                .put("member", member(user))
                .put("data", data)
                .put("app_permissions", "8")
                .put("locale", "zh-CN")
                .put("guild_locale", "zh-CN")
                .put("entitlements", DataArray.empty())
                .put("authorizing_integration_owners", DataObject.empty().put("0", Long.toString(guild)))
                .put("context", 0);
    }
}
