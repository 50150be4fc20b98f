/**
 * What an operator does to dispatch while the module runs: pause and resume one business's sending
 * and see its circuit (open while its Xero keeps failing), through a small admin REST resource;
 * and, for operators of every business, the encryption keys of stored secrets and their
 * re-encryption. Depends on {@code dispatch}, {@code audit}, {@code connection}, {@code access} and
 * {@code rest}.
 */
package com.quoox.xero.operations;
