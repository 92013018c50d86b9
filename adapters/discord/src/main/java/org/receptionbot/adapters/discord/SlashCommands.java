package org.receptionbot.adapters.discord;

import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.receptionbot.command.Help;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every command of {@code /help} as a slash command of the servers that hold a served channel
 * (registered per server, so they appear at once), with the help's Chinese descriptions. A command
 * that takes words has one optional option for them; a used command is the command line it stands
 * for, as if typed.
 */
final class SlashCommands {
    private static final Logger log = LoggerFactory.getLogger(SlashCommands.class);

    /** The option that carries a command's words. */
    static final String WORDS = "内容";

    private final Set<String> served;

    SlashCommands(Set<String> served) {
        this.served = served;
    }

    static List<SlashCommandData> all() {
        return Help.ENTRIES.stream().map(SlashCommands::command).toList();
    }

    private static SlashCommandData command(Help.Entry entry) {
        String[] words = entry.command().substring(1).split(" ", 2);
        SlashCommandData data = Commands.slash(words[0], entry.what());
        if (words.length > 1) data.addOption(OptionType.STRING, WORDS, "如：" + words[1], false);
        return data;
    }

    /** Registers the commands in every server that holds a served channel. */
    void register(JDA jda) {
        served.stream()
                .map(id -> jda.getChannelById(GuildChannel.class, id))
                .filter(c -> c != null)
                .map(GuildChannel::getGuild)
                .distinct()
                .forEach(SlashCommands::register);
    }

    private static void register(Guild guild) {
        guild.updateCommands()
                .addCommands(all())
                .queue(
                        done -> log.info("Discord server {}: {} slash commands registered", guild.getId(), done.size()),
                        e -> log.warn(
                                "Discord server {}: the slash commands could not be registered: {}",
                                guild.getId(),
                                e.toString()));
    }

    /** The command line a used slash command stands for ({@code /meals 明天 午餐}). */
    static String line(SlashCommandInteractionEvent event) {
        OptionMapping words = event.getOption(WORDS);
        String rest = words == null ? "" : words.getAsString().strip();
        return "/" + event.getName() + (rest.isEmpty() ? "" : " " + rest);
    }
}
