package org.receptionbot.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads liaisons, coordinators and chats; a platform account may belong to one person only. */
final class PeopleReader {
    static final Set<String> PLATFORMS = Set.of("telegram", "discord", "sandbox");

    private final Map<String, String> owners = new HashMap<>();

    List<Person> readAll(Node section) {
        List<Person> people = new ArrayList<>();
        for (Node item : section.list()) people.add(read(item));
        return people;
    }

    Person read(Node item) {
        String name = item.get("name").requiredText();
        Node entry = item.named(name);
        Map<String, String> accounts = new LinkedHashMap<>();
        Node accountsNode = entry.get("accounts");
        for (String platform : accountsNode.keys()) {
            Node account = accountsNode.get(platform);
            if (!PLATFORMS.contains(platform)) {
                account.problem("未知的平台“" + platform + "”，可选：telegram、discord、sandbox");
            }
            account.text().ifPresent(id -> {
                claim(account, platform, id, name);
                accounts.put(platform, id);
            });
        }
        return new Person(name, entry.get("phone").text().orElse(null), accounts);
    }

    private void claim(Node node, String platform, String id, String name) {
        String previous = owners.putIfAbsent(platform + ":" + id, name);
        if (previous != null) node.problem("账号“" + id + "”已属于" + previous);
    }

    /** Reads the chats; a SITE chat names one of {@code routes} with {@code visit}. */
    static List<ChatDef> chats(Node section, Set<String> routes) {
        List<ChatDef> chats = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Node item : section.list()) {
            String platform = item.get("platform").requiredText();
            if (platform != null && !PLATFORMS.contains(platform)) {
                item.get("platform").problem("未知的平台“" + platform + "”，可选：telegram、discord、sandbox");
            }
            String id = item.get("id").requiredText();
            String earlier = id == null
                    ? null
                    : seen.putIfAbsent(
                            platform + ":" + id, item.get("name").text().orElse(id));
            if (earlier != null) item.get("id").problem("群 id“" + id + "”重复，已用于“" + earlier + "”（每个群只能写一次，一个群只有一个角色）");
            ChatDef.Role role = role(item.get("role"));
            String visit = visit(item.get("visit"), role, routes);
            chats.add(new ChatDef(platform, id, item.get("name").text().orElse(id), role, visit));
        }
        return chats;
    }

    private static ChatDef.Role role(Node node) {
        String role = node.text().orElse("GROUP").toUpperCase(Locale.ROOT);
        try {
            return ChatDef.Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            node.problem("未知的群角色“" + role + "”，可选：GROUP、COORDINATORS、CATERER、SITE");
            return null;
        }
    }

    private static String visit(Node node, ChatDef.Role role, Set<String> routes) {
        String visit = node.text().orElse(null);
        if (role == ChatDef.Role.SITE && visit == null) {
            node.problem("SITE 群须写明所接待的路线 id，可选：" + choices(routes));
        } else if (visit != null && role != ChatDef.Role.SITE) {
            node.problem("只有 SITE 群可写 visit");
        } else if (visit != null && !routes.contains(visit)) {
            node.problem("未知的路线 id“" + visit + "”，可选：" + choices(routes));
        }
        return visit;
    }

    private static String choices(Set<String> routes) {
        return routes.isEmpty() ? "（visits 中无路线）" : String.join("、", new TreeSet<>(routes));
    }
}
