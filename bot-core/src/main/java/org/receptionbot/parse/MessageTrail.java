package org.receptionbot.parse;

/** What the clauses read so far leave behind across statements, beyond {@link ClauseState}: changed clause by clause. */
final class MessageTrail {
    /** The movement a list's header names (返程信息接龙): each line with a delegation and a time is one. */
    Draft.Kind listMove;
    /** The clause of the last movement placed. */
    Clause moved;
    /** The meals the last clause that named any named, by a meal word or a part of the day (中午, 晚上). */
    java.util.List<String> mealsNamed = java.util.List.of();
    /** The clause that opened the last line of a list under a header (接龙 今天晚饭 | 浙江 30 …), or null. */
    Clause listLine;
    /** A clause read as only explaining the figure before it (有两个晚上有事不吃了): read, though it gave no draft. */
    Clause explained;
}
