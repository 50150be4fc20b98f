package com.quoox.xero.synclog;

import com.quoox.xero.outbox.SourceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Links from the sync log to the document in Xero's web app. Xero opens it in the organisation the
 * user last chose there; the sandbox's view is reached by pointing the base at it.
 */
@ApplicationScoped
public class XeroLinks {

  @Inject
  @ConfigProperty(name = "quoox.xero.web-base-url", defaultValue = "https://go.xero.com")
  String webBaseUrl;

  /** The document's page in Xero, or null before it is there. */
  public String of(SourceKind kind, String xeroId) {
    if (xeroId == null) {
      return null;
    }
    return switch (kind) {
      case SALE -> webBaseUrl + "/AccountsReceivable/View.aspx?InvoiceID=" + xeroId;
      case REFUND -> webBaseUrl + "/AccountsReceivable/ViewCreditNote.aspx?creditNoteID=" + xeroId;
      // Payments and transfers have no page of their own we can link to reliably.
      case PAYMENT, REFUND_PAYMENT, PAYOUT -> null;
    };
  }
}
