/**
 * Who may do what: coordinators change any record; a liaison, bound to a delegation by the event
 * file or by a confirmed {@code /bind}, changes their own delegation's; everyone else is told who
 * can. Only chats listed in the event file are served.
 */
package org.receptionbot.access;
