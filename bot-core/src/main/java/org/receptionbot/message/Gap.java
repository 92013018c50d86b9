package org.receptionbot.message;

import org.receptionbot.record.Record;

/**
 * A statement that is clearly a record with one field the parser would have to guess.
 *
 * @param missing the field to ask for
 * @param draft the record as read, with the missing field null (for a missing meal or date, the
 *     draft carries a placeholder the asker must replace); null for {@link Field#UNCLEAR}
 * @param statement the words of the statement, for the question
 * @param unread for {@link Field#UNCLEAR} beside records read: the record type (as the contract names it,
 *     "MEAL_COUNT") the message looks like it also carries but that was not read, or {@link #REST} when
 *     {@code statement} is the part of the message left unread; null otherwise
 */
public record Gap(Field missing, Record draft, String statement, String unread) {

    public Gap(Field missing, Record draft, String statement) {
        this(missing, draft, statement, null);
    }

    /** {@link #unread()} of a part of the message left unread beside the records read from the rest. */
    public static final String REST = "REST";

    /** The part {@code rest} of the message was left unread; the records beside it come from the rest. */
    public static Gap restUnread(String rest) {
        return new Gap(Field.UNCLEAR, null, rest, REST);
    }

    /** The message may carry a record of {@code type} that no rule read, beside the records read. */
    public static Gap mayBeUnread(String type, String message) {
        return new Gap(Field.UNCLEAR, null, message, type);
    }

    /** The field a question asks for. */
    public enum Field {
        DELEGATION("请问是哪个代表团？"),
        DATE("请问是哪一天？"),
        MEAL("请问是哪一餐？"),
        COUNT("请问是多少人？"),
        VEHICLE("请问是几号车？"),
        /** The site-visit route of a visit report or of a change's destination. */
        ROUTE("请问是哪条考察线路？"),
        /**
         * The draft is read whole but may not be meant: a check-out time the only sign of leaving (是指明天13:00离会吗？).
         * A yes records the draft as it is.
         */
        CONFIRM("请确认是否离会（返程）。"),
        /**
         * The statement is clearly about meals, people, movements, vehicles or a problem but could
         * not be read with confidence: there is no single field to ask for.
         */
        UNCLEAR("没能看懂这条消息。");

        private final String question;

        Field(String question) {
            this.question = question;
        }

        /** The one question the bot asks the sender, in the group's register. */
        public String question() {
            return question;
        }
    }
}
