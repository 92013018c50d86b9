package org.receptionbot.adapters.redis;

/** Reads what redis-server printed before it stopped, as embedded-redis reports it. */
final class RedisOutput {
    private static final String[] ROUTINE = {"Redis is starting", "Redis version=", "Configuration loaded"};

    private RedisOutput() {}

    /**
     * The last warning line ({@code pid:role date # text}) that is not part of every start, e.g.
     * "Can't open the append-only file: Permission denied"; the whole output when there is none.
     */
    static String lastProblem(String output) {
        String found = null;
        for (String line : output.split("\n")) {
            int mark = line.indexOf(" # ");
            if (mark < 0 || routine(line)) continue;
            found = line.substring(mark + 3);
        }
        if (found == null) return output.strip();
        int tail = found.indexOf(" No output was found");
        return (tail < 0 ? found : found.substring(0, tail)).strip();
    }

    private static boolean routine(String line) {
        for (String r : ROUTINE) if (line.contains(r)) return true;
        return false;
    }
}
