/**
 * The conversation in a served chat: every message is stored raw, then read as a command or parsed
 * into records, checked, applied to the ledger and answered in plain Chinese; missing fields are
 * asked for, absurd counts confirmed, and corrections (undo, edits) taken back with their history.
 */
package org.receptionbot.conversation;
