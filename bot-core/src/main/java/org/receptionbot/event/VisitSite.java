package org.receptionbot.event;

/**
 * The unit that receives a site-visit route.
 *
 * @param name the receiving unit, e.g. 北海市住房和城乡建设局
 * @param contact the person to call there, or null
 * @param phone their phone, or null
 */
public record VisitSite(String name, String contact, String phone) {}
