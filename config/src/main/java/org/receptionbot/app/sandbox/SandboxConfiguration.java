package org.receptionbot.app.sandbox;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.receptionbot.adapters.sandbox.Sandbox;
import org.receptionbot.app.ReceptionProperties;
import org.receptionbot.chat.Attachments;
import org.receptionbot.chat.Outbox;
import org.receptionbot.event.Event;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The terminal chat and its outbox; {@code BotMode} runs the terminal once the context is up. */
@Configuration(proxyBeanMethods = false)
@Conditional(NoChatPlatformConfigured.class)
class SandboxConfiguration {

    @Bean
    Sandbox sandbox(Event event, Clock clock) {
        // UTF-8 whatever the platform's default, so Chinese survives a C locale.
        PrintStream terminal = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        return new Sandbox(event, terminal, clock);
    }

    @Bean
    Outbox sandboxOutbox(Sandbox sandbox) {
        return sandbox.outbox();
    }

    /** Exports land in {@code <data-dir>/exports}. */
    @Bean
    Attachments sandboxAttachments(Sandbox sandbox, ReceptionProperties reception) {
        return sandbox.attachments(reception.dataDir().resolve("exports"));
    }
}
