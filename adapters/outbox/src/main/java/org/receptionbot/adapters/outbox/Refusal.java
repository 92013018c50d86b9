package org.receptionbot.adapters.outbox;

/**
 * What the platform refused for good, as kept in {@link OutboxKeys#refused}.
 *
 * @param at when, ISO-8601
 * @param code the platform's error code ({@link Outcome.Refused#code()})
 * @param error the platform's reason
 * @param item the item, as it was queued
 */
public record Refusal(String at, int code, String error, OutItem item) {

    /** A refusal as stored. */
    public static Refusal read(String json) {
        return StoredForm.JSON.readValue(json, Refusal.class);
    }
}
