package com.quoox.xero.settings;

import jakarta.enterprise.context.ApplicationScoped;

/** The module's own answer when the host provides no names: the id is all it knows. */
@ApplicationScoped
public class BusinessIdAsName implements BusinessNames {

  @Override
  public String nameOf(String businessId) {
    return businessId;
  }
}
