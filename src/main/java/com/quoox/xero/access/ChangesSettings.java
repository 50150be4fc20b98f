package com.quoox.xero.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code GET} that changes a business's Xero settings, such as starting "Connect to Xero"
 * (a browser can only follow a link with a GET), so that {@link BusinessAccessFilter} asks it for
 * role {@value BusinessAccessFilter#ADMIN_ROLE} like any {@code PUT}, {@code POST} or {@code
 * DELETE}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ChangesSettings {}
