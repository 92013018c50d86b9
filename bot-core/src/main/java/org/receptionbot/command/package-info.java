/**
 * The commands people type, as {@code /command} (Latin names, as Telegram and Discord need) or as
 * Chinese words without a slash (查看午餐, 本团情况, 3号车在哪): recognised, checked and answered.
 */
package org.receptionbot.command;
