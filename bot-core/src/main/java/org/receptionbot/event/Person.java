package org.receptionbot.event;

import java.util.Map;
import java.util.Optional;

/**
 * A liaison or coordinator, known on the chat platforms by their user ids.
 *
 * @param phone the phone number, or null
 * @param accounts user id per platform (e.g. {@code telegram -> 123456}, {@code sandbox -> hunan})
 */
public record Person(String name, String phone, Map<String, String> accounts) {

    public Person {
        accounts = Map.copyOf(accounts);
    }

    public Optional<String> account(String platform) {
        return Optional.ofNullable(accounts.get(platform));
    }

    public boolean is(String platform, String userId) {
        return userId != null && userId.equals(accounts.get(platform));
    }
}
