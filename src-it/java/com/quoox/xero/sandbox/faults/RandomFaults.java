package com.quoox.xero.sandbox.faults;

/** How many of a tenant's calls the seeded flakiness failed, held and answered into the void. */
public record RandomFaults(int failed, int delayed, int dropped) {}
