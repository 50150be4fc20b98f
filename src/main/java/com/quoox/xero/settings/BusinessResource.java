package com.quoox.xero.settings;

import com.quoox.xero.rest.BusinessId;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Who the settings page is for, as people name the business (its header). */
@Path("businesses/{businessId}/xero/business")
@Produces(MediaType.APPLICATION_JSON)
public class BusinessResource {

  /** The business's id and the name shown for it (the id when the host knows no name). */
  public record BusinessView(String id, String name) {}

  @Inject BusinessNames names;

  @GET
  public BusinessView get(@PathParam("businessId") @BusinessId String businessId) {
    String name = names.nameOf(businessId);
    return new BusinessView(businessId, name == null || name.isBlank() ? businessId : name);
  }
}
