package org.receptionbot.app.store;

import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/** The Redis the application uses, as its health checks see it: where it is, and whether it answers. */
record RedisProbe(RedisConnectionFactory connections, String where) {

    static RedisProbe of(RedisConnectionFactory connections) {
        return new RedisProbe(connections, where(connections));
    }

    /** A PING's outcome; {@code failure} says why it failed, null when it did not. */
    record Ping(String failure) {
        boolean ok() {
            return failure == null;
        }
    }

    Ping ping() {
        try (RedisConnection c = connections.getConnection()) {
            return "PONG".equalsIgnoreCase(c.ping()) ? new Ping(null) : new Ping("no PONG");
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            return new Ping(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
        }
    }

    private static String where(RedisConnectionFactory connections) {
        if (connections instanceof LettuceConnectionFactory l) {
            if (l.getClusterConfiguration() != null) return "Cluster";
            if (l.getSentinelConfiguration() != null) return "Sentinel";
            return l.getHostName() + ":" + l.getPort();
        }
        return connections.getClass().getSimpleName();
    }
}
