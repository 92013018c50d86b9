package org.receptionbot.adapters.discord;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * One gateway connection of the fake: HELLO, then READY and GUILD_CREATE after IDENTIFY (or close
 * code 4014 when the intent is refused), heartbeats acknowledged, a RESUME answered with an invalid
 * session so that the client identifies again, and dispatches the test sends.
 */
final class FakeGateway extends WebSocketListener {
    /** What the server needs to answer IDENTIFY. */
    interface Server {
        boolean refusesIntent();

        DataObject selfUser();

        DataObject guild();

        String resumeUrl();

        void connected(FakeGateway gateway);
    }

    private final Server server;
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile WebSocket socket;
    private volatile int intents = -1;

    FakeGateway(Server server) {
        this.server = server;
    }

    int intents() {
        return intents;
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
        socket = webSocket;
        send(10, null, DataObject.empty().put("heartbeat_interval", 41_250));
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
        DataObject payload = DataObject.fromJson(text);
        switch (payload.getInt("op")) {
            case 1 -> send(11, null, null);
            case 2 -> identified(payload.getObject("d"));
            case 6 -> send(9, null, false);
            default -> {}
        }
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
        webSocket.close(code, reason);
    }

    private void identified(DataObject identify) {
        intents = identify.getInt("intents", 0);
        if (server.refusesIntent()) {
            socket.close(4014, "Disallowed intent(s).");
            return;
        }
        String guildId = server.guild().getString("id");
        dispatch(
                "READY",
                () -> DataObject.empty()
                        .put("v", 10)
                        .put("user", server.selfUser())
                        .put(
                                "guilds",
                                DataArray.empty()
                                        .add(DataObject.empty()
                                                .put("id", guildId)
                                                .put("unavailable", true)))
                        .put("session_id", "session-" + System.nanoTime())
                        .put("resume_gateway_url", server.resumeUrl())
                        .put("private_channels", DataArray.empty())
                        .put(
                                "application",
                                DataObject.empty()
                                        .put("id", server.selfUser().getString("id"))
                                        .put("flags", 0)));
        dispatch("GUILD_CREATE", server::guild);
        server.connected(this);
    }

    void dispatch(String type, Supplier<DataObject> data) {
        send(0, type, data.get());
    }

    private synchronized void send(int op, String type, Object data) {
        DataObject payload = DataObject.empty().put("op", op).put("d", data);
        if (op == 0) payload.put("t", type).put("s", sequence.incrementAndGet());
        socket.send(payload.toString());
    }

    /** Drops the connection as Discord does at times (4000, unknown error): the client connects again. */
    void drop() {
        socket.close(4000, "Unknown error");
    }

    void close() {
        WebSocket s = socket;
        if (s != null) s.close(1000, "server stops");
    }
}
