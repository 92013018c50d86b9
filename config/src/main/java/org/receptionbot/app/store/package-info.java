/**
 * The store: Redis from {@code spring.data.redis.*} (standalone, Sentinel or Cluster, by Spring
 * Boot's auto-configuration), or, when none is configured, an embedded Redis with its files in
 * {@code reception.data-dir}.
 */
package org.receptionbot.app.store;
