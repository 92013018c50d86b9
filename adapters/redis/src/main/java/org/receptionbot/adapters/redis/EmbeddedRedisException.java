package org.receptionbot.adapters.redis;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * The embedded Redis could not start; the message tells the operator the cause and the fix, in
 * Chinese, then in English.
 */
public final class EmbeddedRedisException extends RuntimeException {
    private static final String DATA_DIR_SETTING = "reception.data-dir（环境变量 RECEPTION_DATADIR）";

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

    static String cannotCreate(Path dir, IOException cause) {
        return "内置 Redis 无法启动：无法创建数据目录 " + dir + "（" + reason(cause) + "）。请把 " + DATA_DIR_SETTING
                + "设为本用户可以创建和写入的目录，或先建好该目录并给本用户写权限。\n"
                + "The embedded Redis cannot start: the data directory " + dir + " cannot be created (" + cause
                + "). Set reception.data-dir to a directory this user can write.";
    }

    static String notWritable(Path dir, IOException cause) {
        return "内置 Redis 无法启动：数据目录 " + dir + " 不可写（" + reason(cause) + "）。请把 " + DATA_DIR_SETTING
                + "设为本用户可写的目录，或修改该目录的权限（例如 chown/chmod 给运行机器人的用户）。\n"
                + "The embedded Redis cannot start: the data directory " + dir + " is not writable (" + cause
                + "). Set reception.data-dir to a directory this user can write, or fix its permissions.";
    }

    static String stoppedWhileStarting(int port) {
        return "启动过程中收到停止信号（如 Ctrl-C），机器人没有启动；已启动的内置 Redis（端口 " + port + "）已一并停止，数据无损失。\n"
                + "The bot was stopped while it started; the embedded Redis on port " + port + " was stopped too.";
    }

    static String didNotStart(int port, Path dir, Exception cause) {
        String redis = RedisOutput.lastProblem(rootMessage(cause));
        return "内置 Redis 启动失败（端口 " + port + "，数据目录 " + dir + "）。Redis 报告：" + redis
                + "。常见原因：数据目录不可写、磁盘已满、appendonly.aof 损坏（先备份，再用 redis-check-aof --fix 修复）。\n"
                + "The embedded Redis did not start (port " + port + ", data directory " + dir + "): "
                + rootMessage(cause);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "没有权限";
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String r = f.getReason();
            if (r.contains("Read-only")) return "只读文件系统";
            if (r.contains("Operation not permitted")) return "操作不被允许";
            if (r.contains("Not a directory")) return "路径上有同名的普通文件";
            if (r.contains("No space")) return "磁盘已满";
            return r;
        }
        return e.toString();
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
