package org.receptionbot.app.store;

import org.receptionbot.adapters.redis.RedisStore;
import org.receptionbot.chat.InboundLog;
import org.receptionbot.ledger.Bindings;
import org.receptionbot.ledger.CachingLedger;
import org.receptionbot.ledger.HeldReports;
import org.receptionbot.ledger.IssueBook;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.reminder.ReminderStore;
import org.receptionbot.reminder.SaidOnce;
import org.receptionbot.weather.WarningMemory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The core's stores on whatever Redis the application is connected to. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
class StoreConfiguration {

    @Bean
    InboundLog inboundLog(StringRedisTemplate redis) {
        return RedisStore.inboundLog(redis);
    }

    /**
     * Write-through: a day's entries are read from Redis once, then kept in memory with every append.
     * That is right for one process; with several on one Redis ({@code reception.store.cache=false})
     * every read goes to Redis, so each sees what the others wrote.
     */
    @Bean
    Ledger ledger(StringRedisTemplate redis, StoreProperties properties) {
        Ledger store = RedisStore.ledger(redis);
        return properties.cache() ? new CachingLedger(store) : store;
    }

    @Bean
    IssueBook issueBook(StringRedisTemplate redis) {
        return RedisStore.issueBook(redis);
    }

    @Bean
    Bindings bindings(StringRedisTemplate redis) {
        return RedisStore.bindings(redis);
    }

    @Bean
    PendingQuestions pendingQuestions(StringRedisTemplate redis) {
        return RedisStore.pendingQuestions(redis);
    }

    @Bean
    HeldReports heldReports(StringRedisTemplate redis) {
        return RedisStore.heldReports(redis);
    }

    @Bean
    ReminderStore reminderStore(StringRedisTemplate redis) {
        return RedisStore.reminderStore(redis);
    }

    @Bean
    WarningMemory warningMemory(StringRedisTemplate redis) {
        return RedisStore.warningMemory(redis);
    }

    @Bean
    SaidOnce saidOnce(StringRedisTemplate redis) {
        return RedisStore.saidOnce(redis);
    }
}
