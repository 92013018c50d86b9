package org.receptionbot.app;

public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("接待保障助手");
    }
}
