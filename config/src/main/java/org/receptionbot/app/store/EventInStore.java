package org.receptionbot.app.store;

import java.nio.file.Path;
import org.receptionbot.adapters.redis.RedisStore;
import org.receptionbot.app.ReceptionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The start's check that the store holds the event the bot runs: the first start on an empty store
 * marks it with the event's identity, and every later start, the export's too, must bring the same
 * event, or it stops before anything is read ({@link OtherEventInStoreException}).
 */
final class EventInStore {
    private static final Logger log = LoggerFactory.getLogger(EventInStore.class);

    private EventInStore() {}

    /**
     * Marks or checks the store.
     *
     * @param embeddedDataDir the embedded Redis's data directory, or null for an external Redis
     * @param redisWhere the external Redis's address, for the messages
     * @param eventChanged the same event was renamed or moved in its file: the store takes the new identity
     */
    static void claim(
            StringRedisTemplate redis,
            EventIdentity running,
            ReceptionProperties reception,
            Path embeddedDataDir,
            String redisWhere,
            boolean eventChanged) {
        EventIdentity held = EventIdentity.read(RedisStore.claimEvent(redis, running.write()));
        if (held.sameEvent(running)) return;
        if (eventChanged) {
            RedisStore.replaceEvent(redis, running.write());
            log.warn(
                    "数据存储已从活动{}改记为活动{}（reception.store.event-changed=true）；此后请去掉这个设置。"
                            + "/ The store now holds the event {} in place of {}; remove reception.store.event-changed.",
                    held.describe(),
                    running.describe(),
                    running.name(),
                    held.name());
            return;
        }
        throw embeddedDataDir != null
                ? new OtherEventInStoreException(
                        "数据目录 " + embeddedDataDir.toAbsolutePath().normalize(),
                        held,
                        running,
                        embeddedFix(embeddedDataDir, suggestedDir(reception, embeddedDataDir)))
                : new OtherEventInStoreException(
                        "数据存储（Redis " + redisWhere + "）", held, running, externalFix(redisWhere));
    }

    private static String embeddedFix(Path dataDir, Path suggestion) {
        String dir = dataDir.toAbsolutePath().normalize().toString();
        return "请给本次的活动另用一个数据目录：设置 reception.data-dir（环境变量 RECEPTION_DATADIR），如 --reception.data-dir="
                + suggestion + "；或者在确认不再需要已存活动的记录后，删除目录 " + dir + " 再启动。"
                + "如果两者其实是同一个活动，只是在活动配置文件中改了名称或日期，请加上 --reception.store.event-changed=true 启动一次，"
                + "已存的记录即归入本次的活动。\n"
                + "Give this event a data directory of its own (reception.data-dir, e.g. --reception.data-dir="
                + suggestion + "), or delete " + dir + " once the stored event's records are no longer needed."
                + " If it is the same event renamed or moved in its file, start once with"
                + " --reception.store.event-changed=true.";
    }

    private static String externalFix(String where) {
        return "请让本次的活动使用另一个 Redis 或另一个库（spring.data.redis.database，环境变量 SPRING_DATA_REDIS_DATABASE）；"
                + "或者在确认不再需要已存活动的记录后，删除该 Redis 中以 rb: 开头的键再启动。"
                + "如果两者其实是同一个活动，只是在活动配置文件中改了名称或日期，请加上 --reception.store.event-changed=true 启动一次。\n"
                + "Give this event another Redis or database (spring.data.redis.database), or delete the rb: keys of "
                + where + " once the stored event's records are no longer needed. If it is the same event renamed or"
                + " moved in its file, start once with --reception.store.event-changed=true.";
    }

    /** A data directory for this event: the sample's own, or {@code ./data-<file name>}, unless that is the one in use. */
    static Path suggestedDir(ReceptionProperties reception, Path inUse) {
        Path suggestion = reception.eventFile() == null
                ? reception.sample().dataDir()
                : Path.of("data-" + stem(reception.eventFile()));
        if (suggestion
                .toAbsolutePath()
                .normalize()
                .equals(inUse.toAbsolutePath().normalize())) {
            suggestion = Path.of(inUse.toAbsolutePath().normalize() + "-2");
        }
        return suggestion.isAbsolute() ? suggestion : Path.of("./" + suggestion);
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
