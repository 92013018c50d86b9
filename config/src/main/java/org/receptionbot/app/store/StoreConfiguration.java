package org.receptionbot.app.store;

import org.receptionbot.adapters.redis.RedisStore;
import org.receptionbot.chat.InboundLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The core's stores on whatever Redis the application is connected to. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean
    InboundLog inboundLog(StringRedisTemplate redis) {
        return RedisStore.inboundLog(redis);
    }
}
