/**
 * The public contract: immutable records that the Quoox monolith fires as CDI events when a sale
 * completes or a refund is issued. Depends on nothing but the JDK, so the monolith can compile
 * against the attached {@code quoox-xero-classes.jar} without pulling anything else in.
 */
package com.quoox.xero.events;
