package com.quoox.xero.mapping;

/**
 * A sale or refund that cannot become a correct Xero document; the message is written for the
 * business owner, who sees it next to the entry that needs attention.
 */
public class MappingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MappingException(String message) {
    super(message);
  }
}
