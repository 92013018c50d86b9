package org.receptionbot.adapters.telegram;

import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.utility.BotUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook endpoint: Telegram posts each update here. A request without the secret token header
 * gets 401; an update is answered 200 only once the core has handled it, and 500 otherwise, so that
 * Telegram posts it again. It serves HTTPS with the configured key store, or plain HTTP behind a
 * reverse proxy that ends TLS.
 */
final class WebhookServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final int MAX_BODY = 1 << 20;

    private final HttpServer server;
    private final ExecutorService workers;
    private final byte[] secret;
    private final Receiver receiver;

    WebhookServer(TelegramSettings.Webhook settings, Receiver receiver) throws IOException {
        this.secret = settings.secretToken().getBytes(StandardCharsets.UTF_8);
        this.receiver = receiver;
        this.server =
                settings.tls() == null ? HttpServer.create(new InetSocketAddress(settings.port()), 0) : https(settings);
        this.workers = Executors.newFixedThreadPool(4, r -> new Thread(r, "telegram-webhook"));
        server.setExecutor(workers);
        server.createContext(settings.path(), this::exchange);
    }

    private static HttpServer https(TelegramSettings.Webhook settings) throws IOException {
        HttpsServer https = HttpsServer.create(new InetSocketAddress(settings.port()), 0);
        https.setHttpsConfigurator(
                new HttpsConfigurator(WebhookTls.load(settings.tls()).context()));
        return https;
    }

    void start() {
        server.start();
        log.info("Telegram webhook listening on port {}", port());
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
            if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            Update update;
            try (InputStream body = exchange.getRequestBody()) {
                update = BotUtils.parseUpdate(new String(body.readNBytes(MAX_BODY), StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                log.warn("A webhook request that is not an update: {}", e.toString());
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            try {
                receiver.receive(update);
                exchange.sendResponseHeaders(200, -1);
            } catch (RuntimeException e) {
                log.warn(
                        "Update {} could not be handled ({}); Telegram will send it again",
                        update.updateId(),
                        e.toString(),
                        e);
                exchange.sendResponseHeaders(500, -1);
            }
        }
    }

    @Override
    public void close() {
        server.stop(1);
        workers.shutdownNow();
    }
}
