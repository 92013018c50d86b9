package org.receptionbot.adapters.outbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form items are stored in; fields an older or newer version wrote are ignored. */
final class StoredForm {
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private StoredForm() {}

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static OutItem read(String json) {
        return JSON.readValue(json, OutItem.class);
    }

    /** As Redis's {@code redis.sha1hex} gives it for the stored string. */
    static String sha1(String json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
