package com.quoox.xero.connection;

import java.time.Instant;

/**
 * A business's connection became usable (saved, or its organisation chosen), fired in the
 * transaction that stored it. {@code sendsFrom} is the first moment whose sales go to Xero.
 */
public record BusinessConnected(String businessId, Instant sendsFrom) {}
