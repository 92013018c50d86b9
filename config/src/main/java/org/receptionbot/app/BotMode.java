package org.receptionbot.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.receptionbot.adapters.sandbox.Sandbox;
import org.receptionbot.adapters.sandbox.TimedWork;
import org.receptionbot.chat.ChatHandler;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The default mode: starts the application; in sandbox mode the terminal chat then runs on this
 * thread, and the end of its input (or {@code :quit}) stops the bot.
 */
final class BotMode {

    private BotMode() {}

    static void run(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(BotApplication.class, args);
        Sandbox sandbox = context.getBeanProvider(Sandbox.class).getIfAvailable();
        if (sandbox != null) {
            var stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            TimedWork work = context.getBeanProvider(TimedWork.class).getIfAvailable(() -> TimedWork.NONE);
            sandbox.run(context.getBean(ChatHandler.class), work, stdin);
            System.exit(SpringApplication.exit(context));
        }
    }
}
