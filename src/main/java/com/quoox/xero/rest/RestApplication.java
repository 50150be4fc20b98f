package com.quoox.xero.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Serves every resource of the module under {@code /api}; empty on purpose (all are discovered).
 */
@ApplicationPath("api")
public class RestApplication extends Application {}
