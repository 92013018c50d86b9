package org.receptionbot.adapters.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.receptionbot.adapters.discord.DiscordRig.COORDINATORS;
import static org.receptionbot.adapters.discord.DiscordRig.TIAN;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.receptionbot.command.Help;

/** Every command of /help is a slash command of the server, in Chinese, and using one answers it. */
class SlashCommandsIT {
    static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    final DiscordRig rig = DiscordRig.started();

    @Test
    void everyHelpCommandIsRegisteredForTheServerWithItsChineseDescription() {
        await().atMost(WAIT).until(() -> rig.discord.commands() != null);

        List<String> registered = new ArrayList<>();
        for (int i = 0; i < rig.discord.commands().length(); i++) {
            DataObject c = rig.discord.commands().getObject(i);
            registered.add("/" + c.getString("name") + " " + c.getString("description"));
        }
        assertThat(registered)
                .containsExactlyElementsOf(Help.ENTRIES.stream()
                        .map(e -> e.command().split(" ")[0] + " " + e.what())
                        .toList());
        DataObject meals = rig.discord.commands().getObject(0);
        assertThat(meals.getArray("options").getObject(0).getString("name")).isEqualTo(SlashCommands.WORDS);
        assertThat(meals.getArray("options").getObject(0).getString("description"))
                .isEqualTo("如：明天 午餐");
    }

    @Test
    void aUsedCommandIsAcknowledgedEchoedAndAnsweredUnderTheEcho() {
        rig.discord.slash(COORDINATORS, TIAN, "田主任", "meals", "明天 午餐");

        await().atMost(WAIT).until(() -> rig.discord.posted(COORDINATORS).size() == 1);
        assertThat(rig.discord.callbacks()).hasSize(1);
        assertThat(rig.discord.callbacks().get(0).type()).isEqualTo(4); // a reply: the command line
        FakeDiscord.Posted board = rig.discord.posted(COORDINATORS).get(0);
        assertThat(board.content()).contains("午餐");
        assertThat(board.replyTo()).isNotNull();
    }
}
