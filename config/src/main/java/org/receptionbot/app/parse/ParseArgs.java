package org.receptionbot.app.parse;

import java.nio.file.Path;

/** The parse mode's command line; {@link #read} throws with a Chinese message for a bad one. */
record ParseArgs(Path event, Path in, Path out, Path eval, boolean quiet, int bench) {

    static ParseArgs read(String[] args) {
        Path event = null, in = null, out = null, eval = null;
        boolean quiet = false;
        int bench = 0;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--quiet")) {
                quiet = true;
                continue;
            }
            if (i + 1 >= args.length) throw new IllegalArgumentException("参数 " + a + " 缺少取值 / missing value for " + a);
            String value = args[++i];
            switch (a) {
                case "--event" -> event = Path.of(value);
                case "--in" -> in = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--eval" -> eval = Path.of(value);
                case "--bench" -> bench = rounds(value);
                default -> throw new IllegalArgumentException("未知参数 / unknown option: " + a);
            }
        }
        if (event == null) throw new IllegalArgumentException("需要用 --event 指定活动配置文件 / --event FILE is required");
        if (bench > 0 && in == null)
            throw new IllegalArgumentException("--bench 需要用 --in 指定输入文件 / --bench needs --in FILE");
        return new ParseArgs(event, in, out, eval, quiet, bench);
    }

    private static int rounds(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) return n;
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new IllegalArgumentException("--bench 的轮数应为正整数 / --bench takes a positive number: " + value);
    }
}
