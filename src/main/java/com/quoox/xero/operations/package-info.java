/**
 * What an operator does to dispatch while the module runs: pause and resume one business's sending
 * and see its circuit (open while its Xero keeps failing), through a small admin REST resource.
 * Depends on {@code dispatch}, {@code audit} and {@code rest}.
 */
package com.quoox.xero.operations;
