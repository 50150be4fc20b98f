package com.quoox.xero.settings;

import com.quoox.xero.audit.AuditEntry;
import com.quoox.xero.audit.AuditRepository;
import com.quoox.xero.audit.AuditTopic;
import com.quoox.xero.rest.BusinessId;
import com.quoox.xero.rest.InvalidRequest;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The audit trail of a business: who changed its Xero settings or acted on its sending, and when,
 * newest first. Anyone who may read the business may read it; it never holds a secret.
 */
@Path("businesses/{businessId}/xero/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  /** Enough for any screen; an export of the whole trail is another feature. */
  static final int MAX_LIMIT = 200;

  /** One recorded change as the page shows it. */
  public record AuditView(String at, String user, AuditTopic topic, String summary) {
    static AuditView of(AuditEntry entry) {
      return new AuditView(
          entry.getChangedAt().toString(),
          entry.getChangedBy(),
          entry.getTopic(),
          entry.getSummary());
    }
  }

  @Inject AuditRepository audit;

  @GET
  public List<AuditView> list(
      @PathParam("businessId") @BusinessId String businessId,
      // Text, not an int: JAX-RS answers 404 to a parameter it cannot convert.
      @QueryParam("limit")
          @DefaultValue("50")
          @Pattern(regexp = "[1-9][0-9]{0,5}", message = "must be a number of changes from 1")
          String limit) {
    int count = Integer.parseInt(limit);
    if (count > MAX_LIMIT) {
      throw new InvalidRequest("limit", "ask for at most " + MAX_LIMIT + " changes at a time");
    }
    return audit.newestOf(businessId, count).stream().map(AuditView::of).toList();
  }
}
