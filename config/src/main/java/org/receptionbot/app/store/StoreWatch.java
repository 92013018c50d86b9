package org.receptionbot.app.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches that Redis answers. The log gets one WARN line, in Chinese and English, when it stops
 * answering and one when it is back. The coordinators' chats are told once when it has not answered
 * for {@link #TELL_AFTER}, if they can be told: an outbox that keeps its queue in Redis (Telegram's)
 * cannot take the notice then, and it is not tried again. They are told again when it is back, with
 * when the outage began, so that they learn of it even when the first notice could not go out. An
 * outage shorter than {@link #TELL_AFTER} is only logged. Once closed (the application is stopping and
 * its Redis client with it) it checks nothing more, so a normal stop is not reported as an outage.
 */
final class StoreWatch implements AutoCloseable {
    static final Duration TELL_AFTER = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(StoreWatch.class);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final RedisProbe redis;
    private final Outbox outbox;
    private final List<ChatRef> coordinators;
    private final Clock clock;
    private final ZoneId zone;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "store-watch");
        t.setDaemon(true);
        return t;
    });
    private Instant downSince;
    private boolean noticeTried;
    private volatile boolean closed;

    StoreWatch(RedisProbe redis, Outbox outbox, List<ChatRef> coordinators, Clock clock, ZoneId zone) {
        this.redis = redis;
        this.outbox = outbox;
        this.coordinators = coordinators;
        this.clock = clock;
        this.zone = zone;
    }

    void start(Duration every) {
        timer.scheduleWithFixedDelay(this::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    synchronized void check() {
        if (closed) return;
        RedisProbe.Ping ping = redis.ping();
        if (closed) return;
        Instant now = clock.instant();
        if (!ping.ok()) {
            if (downSince == null) {
                downSince = now;
                log.warn(
                        "数据存储（Redis {}）无法访问：{}。恢复前机器人不确认、不记录新消息（Telegram 保留24小时），恢复后自动补记；"
                                + "请检查 Redis 是否在运行、内存和磁盘是否已满。/ Redis {} cannot be reached: {}. Until it is back"
                                + " the bot confirms and records nothing (Telegram keeps updates 24 hours) and catches up"
                                + " after; check that Redis runs and has memory and disk.",
                        redis.where(),
                        ping.failure(),
                        redis.where(),
                        ping.failure());
            } else if (!noticeTried && !now.isBefore(downSince.plus(TELL_AFTER))) {
                noticeTried = true;
                tell("【系统】数据存储自%s起无法访问，机器人暂停记录和回复。24小时内恢复的，群里的消息不会丢失，恢复后自动补记。".formatted(time(downSince)));
            }
            return;
        }
        if (downSince == null) return;
        long seconds = Duration.between(downSince, now).toSeconds();
        log.warn(
                "数据存储（Redis {}）已恢复，中断约{}秒；正在补记中断期间的消息。/ Redis {} is back after about {} s;"
                        + " the bot catches up on the messages of the outage.",
                redis.where(),
                seconds,
                redis.where(),
                seconds);
        if (!now.isBefore(downSince.plus(TELL_AFTER))) {
            tell("【系统】数据存储自%s起中断约%d分钟，已于%s恢复。中断期间的群消息正在补记，请稍后核对汇总。"
                    .formatted(time(downSince), Math.max(1, seconds / 60), time(now)));
        }
        downSince = null;
        noticeTried = false;
    }

    private void tell(String text) {
        try {
            for (ChatRef chat : coordinators) outbox.send(Reply.text(chat, null, text));
        } catch (RuntimeException e) {
            log.debug("The coordinators could not be told of the store: {}", e.toString());
        }
    }

    private String time(Instant at) {
        return at.atZone(zone).format(HH_MM);
    }

    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
    }
}
