package org.receptionbot.adapters.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A start that cannot serve Discord fails, and says what to do in Chinese and in English. */
class StartFailuresIT {
    @RegisterExtension
    final DiscordRig rig = DiscordRig.notStarted();

    @Test
    void aMissingMessageContentIntentStopsTheStartWithWhereToTurnItOn() {
        rig.discord.refuseIntent();

        DiscordUnavailableException e = catchThrowableOfType(DiscordUnavailableException.class, rig::start);

        assertThat(e.reason()).isEqualTo(DiscordUnavailableException.Reason.INTENT);
        assertThat(e.getMessage()).contains("4014");
        assertThat(e.action()).contains("MESSAGE CONTENT INTENT", "Privileged Gateway Intents", "打开");
    }

    @Test
    void aRefusedTokenStopsTheStartWithWhereToGetANewOne() {
        rig.discord.refuseToken();

        DiscordUnavailableException e = catchThrowableOfType(DiscordUnavailableException.class, rig::start);

        assertThat(e.reason()).isEqualTo(DiscordUnavailableException.Reason.TOKEN);
        assertThat(e.action()).contains("DISCORD_BOT_TOKEN", "Reset Token", "令牌");
    }

    @Test
    void theBotAsksForServerMessagesAndTheirContentOnly() {
        rig.start();

        int guilds = 1; // JDA always asks for the servers themselves
        int guildMessages = 1 << 9;
        int messageContent = 1 << 15;
        assertThat(rig.discord.intents()).isEqualTo(guilds | guildMessages | messageContent);
    }
}
