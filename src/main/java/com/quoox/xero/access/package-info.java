/**
 * Who may act for which business: the host's {@link com.quoox.xero.access.BusinessAccess} decision
 * (a default based on roles ships with the module) and the JAX-RS filter that applies it, with the
 * role {@code quoox-xero-admin} needed for every change. Depends on JAX-RS only.
 */
package com.quoox.xero.access;
