package org.receptionbot.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.receptionbot.adapters.redis.EmbeddedRedis;
import org.receptionbot.adapters.redis.RedisStore;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.conversation.Dialogue;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.event.Person;
import org.receptionbot.event.TestEvents;
import org.receptionbot.ledger.Binding;
import org.receptionbot.ledger.CachingLedger;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.ledger.Source;
import org.receptionbot.parse.MessageParser;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.testing.CoreWiring;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Not a test: the figures of issue 4 on a real (embedded, loopback) Redis, wired as the application
 * wires it. 300 delegations, 12 days, 4 meals, 50,000 meal records in Redis; then (1) one day's
 * meal boards, cold (first read of the day from Redis) and warm, and (2) messages from arrival to
 * composed answer: stored raw in Redis, read by the real parser, applied to the Redis ledger,
 * answered. Run with {@code ./mvnw -B -ntp -Pbench-store -pl config -am test-compile exec:exec}.
 */
public final class StoreBench {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final ChatRef GROUP = new ChatRef("sandbox", "group");
    private static final int RECORDS = Integer.parseInt(System.getenv().getOrDefault("BENCH_RECORDS", "50000"));

    public static void main(String[] args) throws Exception {
        Event event = event();
        Path dir = Files.createTempDirectory("store-bench");
        try (EmbeddedRedis redis = EmbeddedRedis.start(dir, EmbeddedRedis.freePort())) {
            LettuceConnectionFactory connections =
                    new LettuceConnectionFactory(new RedisStandaloneConfiguration(redis.host(), redis.port()));
            connections.afterPropertiesSet();
            connections.start();
            StringRedisTemplate template = new StringRedisTemplate(connections);
            String fsync = System.getenv().getOrDefault("BENCH_FSYNC", "always");
            template.execute((RedisCallback<Object>) c -> {
                c.serverCommands().setConfig("appendfsync", fsync);
                return null;
            });
            System.out.println("appendfsync " + fsync);
            roundTrips(template);
            load(event, template);
            boards(event, template);
            messages(event, template);
            connections.destroy();
        }
    }

    /** 50,000 meal records spread over 300 delegations, 12 days and 4 meals. */
    private static void load(Event event, StringRedisTemplate redis) {
        long start = System.nanoTime();
        Recorder recorder = new Recorder(event, RedisStore.ledger(redis), RedisStore.issueBook(redis));
        Random random = new Random(7);
        for (int i = 0; i < RECORDS; i++) {
            Delegation d = event.delegations().get(random.nextInt(event.delegations().size()));
            LocalDate date = event.start().plusDays(random.nextInt(12));
            String meal = event.meals().get(random.nextInt(4)).id();
            Record r = switch (i % 3) {
                case 0 -> new MealCount(d.id(), date, meal, 20 + random.nextInt(20));
                case 1 -> new MealCancel(d.id(), date, meal, random.nextInt(5) + 1);
                default -> new MealAdd(d.id(), date, meal, random.nextInt(3) + 1);
            };
            Instant at = date.atTime(LocalTime.of(6, 0)).atZone(ZONE).toInstant();
            recorder.apply(new Source("bench:" + i, GROUP, Integer.toString(i), "li", "联络员", at), List.of(r));
        }
        System.out.printf("loaded %,d records into Redis in %.1f s%n", RECORDS, (System.nanoTime() - start) / 1e9);
    }

    private static void boards(Event event, StringRedisTemplate redis) {
        LocalDate day = event.start().plusDays(5);
        for (int run = 0; run < 3; run++) {
            // A new caching ledger: the first board reads the day from Redis.
            MealBoards boards = new MealBoards(event, new CachingLedger(RedisStore.ledger(redis)));
            for (int round = 0; round < 4; round++) {
                long start = System.nanoTime();
                int total = 0;
                for (Meal meal : event.meals()) total += boards.board(day, meal, Instant.EPOCH).total();
                System.out.printf(
                        "day's 4 meal boards, %s: %.2f ms (total %d)%n",
                        round == 0 ? "cold (day read from Redis)" : "warm", (System.nanoTime() - start) / 1e6, total);
            }
            long rangeStart = System.nanoTime();
            List<String> raw = redis.opsForList().range("rb:{event}:day:" + day, 0, -1);
            System.out.printf(
                    "  the day's list alone (LRANGE, %,d bytes): %.2f ms%n",
                    raw.stream().mapToInt(String::length).sum(), (System.nanoTime() - rangeStart) / 1e6);
            long start = System.nanoTime();
            int read = RedisStore.ledger(redis).day(day).entries().size();
            long movements = RedisStore.ledger(redis).activeMovements().size();
            System.out.printf(
                    "  of which reading the day (%,d entries) and the movements (%d) from Redis: %.2f ms%n",
                    read, movements, (System.nanoTime() - start) / 1e6);
        }
    }

    private static void messages(Event event, StringRedisTemplate redis) {
        Ledger ledger = new CachingLedger(RedisStore.ledger(redis));
        Instant[] now = {event.start().plusDays(5).atTime(8, 0).atZone(ZONE).toInstant()};
        Clock clock = new Clock() {
            public ZoneId getZone() {
                return ZONE;
            }

            public Clock withZone(ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now[0];
            }
        };
        CoreWiring core = new CoreWiring(
                event,
                ledger,
                RedisStore.issueBook(redis),
                RedisStore.bindings(redis),
                RedisStore.pendingQuestions(redis),
                reply -> {},
                clock);
        MessageParser parser = new MessageParser(event);
        Dialogue dialogue = core.dialogue(RedisStore.inboundLog(redis), parser::parse, null, null);
        List<Delegation> all = event.delegations();
        for (Delegation d : all) {
            core.bindings.bind(new Binding("sandbox", "li-" + d.id(), d.name() + "联络员", d.id(), "bench", now[0]));
        }
        String[] texts = {"晚饭少1人", "明天午餐加2人", "今天晚上宵夜不吃了", "晚餐报30人", "明早早饭少两个人"};
        long commandsBefore = commands(redis);
        int n = 6_000;
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            Delegation d = all.get(i % all.size());
            now[0] = now[0].plusMillis(200);
            IncomingMessage m = new IncomingMessage(
                    GROUP, "m" + i, "li-" + d.id(), d.name() + "联络员", now[0], texts[i % texts.length], null, false);
            long start = System.nanoTime();
            dialogue.onMessage(m);
            nanos[i] = System.nanoTime() - start;
        }
        System.out.printf(
                "Redis commands per message: %.1f%n", (commands(redis) - commandsBefore - 1) / (double) n);
        if (System.getenv("BENCH_COMMANDSTATS") != null) {
            System.out.println(redis.execute(
                    (org.springframework.data.redis.core.RedisCallback<java.util.Properties>)
                            c -> c.serverCommands().info("commandstats")));
        }
        long[] measured = Arrays.copyOfRange(nanos, 1_000, n);
        Arrays.sort(measured);
        System.out.printf(
                "message (store raw in Redis, parse, apply to Redis, answer), %d after 1,000 warm-up: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                measured.length,
                measured[measured.length / 2] / 1e6,
                measured[measured.length * 99 / 100] / 1e6,
                measured[measured.length - 1] / 1e6);
    }

    /** The loopback round trip the message figures are made of. */
    private static void roundTrips(StringRedisTemplate redis) {
        long[] nanos = new long[5_000];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            redis.opsForValue().set("bench:ping", Integer.toString(i));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "one Redis write (SET, fsync on every write): p50 %.3f ms, p99 %.3f ms%n",
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6);
    }

    /** Commands Redis has processed so far. */
    private static long commands(StringRedisTemplate redis) {
        java.util.Properties stats = redis.execute(
                (org.springframework.data.redis.core.RedisCallback<java.util.Properties>)
                        c -> c.serverCommands().info("stats"));
        return Long.parseLong(stats.getProperty("total_commands_processed").strip());
    }

    /** The reference event with 300 delegations (the 34 repeated, renamed) and the group chat served. */
    private static Event event() {
        Event ref = TestEvents.reference();
        List<Delegation> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Delegation d = ref.delegations().get(i % ref.delegations().size());
            many.add(new Delegation(
                    d.id() + i, d.name() + i, List.of(), d.size(), d.hotel(), d.venue(), List.of(), null, null));
        }
        Person coordinator = new Person("田主任", null, Map.of("sandbox", "tian"));
        return new Event(
                ref.name(),
                ref.zone(),
                ref.start(),
                ref.end(),
                ref.location(),
                ref.meals(),
                ref.venues(),
                ref.hotels(),
                many,
                ref.vehicles(),
                List.of(coordinator),
                List.of(new ChatDef("sandbox", "group", "接待工作群", ChatDef.Role.GROUP)),
                ref.visits());
    }
}
