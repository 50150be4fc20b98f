/**
 * The sandbox's HTTP plumbing, shared by every area: a request read once, an answer before it is
 * written, Xero's error shapes and its JSON conventions. Depends on nothing else of the sandbox.
 */
package com.quoox.xero.sandbox.http;
