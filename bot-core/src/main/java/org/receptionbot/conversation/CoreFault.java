package org.receptionbot.conversation;

/**
 * Whether an exception is a fault of the bot's own reading (a bug met on one message), which the sender is told about
 * in plain words, rather than a failure of a port (the store, a platform), which must reach the adapter so that the
 * message is delivered again once the port is back. A fault is one raised in the core: the first frame of its stack
 * outside the JDK is the core's, not an adapter's or a library's.
 */
final class CoreFault {
    private static final String OWN = "org.receptionbot.";
    private static final String ADAPTERS = "org.receptionbot.adapters.";

    private CoreFault() {}

    static boolean is(RuntimeException e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String c = frame.getClassName();
            if (c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.")) continue;
            return c.startsWith(OWN) && !c.startsWith(ADAPTERS);
        }
        return false;
    }
}
