package org.receptionbot.parse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;

/** The event's vehicles: their ids, their plates (any separator) and the delegations they carry, for {@link Lexicon}. */
final class VehicleLexicon {
    private final Map<String, String> plates = new HashMap<>();
    private final Map<String, String> teams = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    /** A driver's surname to the one vehicle they drive; a surname two drivers share names none. */
    private final Map<Character, String> drivers = new HashMap<>();

    private final Set<Character> sharedSurnames = new HashSet<>();

    VehicleLexicon(Event event) {
        for (Vehicle v : event.vehicles()) {
            ids.add(v.id());
            if (v.plate() != null) plates.put(plainPlate(v.plate()), v.id());
            if (v.delegation() != null) teams.put(v.id(), v.delegation());
            Character surname = surname(v.driver());
            if (surname != null && drivers.putIfAbsent(surname, v.id()) != null) sharedSurnames.add(surname);
        }
        sharedSurnames.forEach(drivers::remove);
    }

    /** The vehicle whose driver has this surname ("蒙" of 蒙师傅), or null when none or several. */
    String byDriver(char surname) {
        return drivers.get(surname);
    }

    /** The surname of a driver as the event file names them: 蒙师傅, 蒙国强; null when no name is given. */
    private static Character surname(String driver) {
        if (driver == null || driver.isBlank()) return null;
        char first = driver.strip().charAt(0);
        return Character.UnicodeScript.of(first) == Character.UnicodeScript.HAN ? first : null;
    }

    /** The vehicle with this plate (any separator), or null. */
    String byPlate(String plate) {
        return plates.get(plainPlate(plate));
    }

    /** Whether the event has a vehicle of this id. */
    boolean has(String id) {
        return ids.contains(id);
    }

    /** The delegation a vehicle carries, or null. */
    String team(String vehicle) {
        return teams.get(vehicle);
    }

    private static String plainPlate(String plate) {
        StringBuilder b = new StringBuilder();
        for (char c : Normalizer.normalize(plate).toCharArray()) if (Character.isLetterOrDigit(c)) b.append(c);
        return b.toString();
    }
}
