package com.quoox.xero.dispatch;

import com.quoox.xero.mapping.BusinessCoding;
import com.quoox.xero.xeroapi.XeroSession;

/**
 * What every delivery of one lane's turn shares: the business's session with Xero, opened once, and
 * its account coding, read once.
 */
record Lane(XeroSession session, BusinessCoding coding) {

  String businessId() {
    return session.businessId();
  }
}
