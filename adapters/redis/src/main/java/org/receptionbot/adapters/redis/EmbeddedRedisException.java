package org.receptionbot.adapters.redis;

import java.nio.file.Path;

/** The embedded Redis could not start; the message (Chinese, then English) tells the operator why. */
public final class EmbeddedRedisException extends RuntimeException {

    EmbeddedRedisException(String message) {
        super(message);
    }

    EmbeddedRedisException(String message, Throwable cause) {
        super(message, cause);
    }

    static String portTaken(int port) {
        return "内置 Redis 无法启动：端口 " + port + " 已被占用（可能是上次运行遗留的 redis-server，"
                + "或其他程序）。请停止占用该端口的程序，或设置 reception.embedded-redis.port"
                + "（环境变量 RECEPTION_EMBEDDEDREDIS_PORT）换一个端口。\n"
                + "The embedded Redis cannot start: port " + port + " on 127.0.0.1 is in use (perhaps a "
                + "redis-server left by an earlier run: `redis-cli -p " + port + " shutdown`). Stop it, "
                + "or set reception.embedded-redis.port to another port.";
    }

    static String didNotStart(int port, Path dir, Exception cause) {
        return "内置 Redis 启动失败（端口 " + port + "，数据目录 " + dir + "）：" + cause.getMessage()
                + "\nThe embedded Redis did not start (port " + port + ", data directory " + dir + "): "
                + rootMessage(cause);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
