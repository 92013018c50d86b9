package org.receptionbot.app.store;

/**
 * The store holds the records of another event than the one the bot was started with, so the start
 * stops: one event's records must never be read, changed or reported by a bot running another.
 */
public final class OtherEventInStoreException extends RuntimeException {

    private final String fix;

    /**
     * @param store the store, as the operator knows it ("数据目录 /srv/data", "数据存储（Redis host:port）")
     * @param held the event the store holds
     * @param running the event of this start
     * @param fix what to do, in Chinese and English
     */
    OtherEventInStoreException(String store, EventIdentity held, EventIdentity running, String fix) {
        super(store + (store.endsWith("）") ? "" : " ") + "里存的是另一个活动的记录；为免两个活动的记录混在一起，本次没有启动：\n"
                + "  已存的活动：" + held.describe() + "\n"
                + "  本次的活动：" + running.describe() + "\n"
                + "/ The store holds the records of another event (" + held.name() + ", " + held.start() + " to "
                + held.end() + ") than this start's (" + running.name() + ", " + running.start() + " to "
                + running.end() + "); nothing was started.");
        this.fix = fix;
    }

    /** What to do about it, in Chinese and English. */
    public String fix() {
        return fix;
    }
}
