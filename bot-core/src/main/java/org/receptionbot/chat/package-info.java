/**
 * Messages in and out of the chats the bot serves, independent of the platform, and the raw log
 * every inbound message is written to before anything else is done with it.
 */
package org.receptionbot.chat;
