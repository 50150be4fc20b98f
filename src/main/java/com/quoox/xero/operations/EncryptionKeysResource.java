package com.quoox.xero.operations;

import com.quoox.xero.access.BusinessAccessFilter;
import com.quoox.xero.access.RoleBasedBusinessAccess;
import com.quoox.xero.connection.SecretReencryption;
import com.quoox.xero.connection.SecretReencryption.KeyUsage;
import com.quoox.xero.connection.SecretReencryption.ReencryptionReport;
import com.quoox.xero.rest.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The keys that encrypt stored secrets, for an operator rotating them (docs/operations.md): how
 * many secrets each key encrypts, and re-encryption of every one under the current key while sales
 * keep going. It touches every business's secrets, so it answers only an operator of every business
 * with the admin role.
 */
@Path("xero/operations/encryption-keys")
@Produces(MediaType.APPLICATION_JSON)
public class EncryptionKeysResource {

  @Inject SecretReencryption reencryption;

  @Context SecurityContext caller;

  /** The current key's id and the number of stored secrets under each key id. */
  @GET
  public KeyUsage usage() {
    requireOperator();
    return reencryption.usage();
  }

  /**
   * Re-encrypts every stored secret under the current key, one row per transaction; answers the
   * counts, and the secrets under each key afterwards (an old key under which none remain may go).
   */
  @POST
  @Path("re-encrypt")
  public Response reencrypt() {
    requireOperator();
    try {
      ReencryptionReport report = reencryption.reencryptAll();
      return Response.ok(report).build();
    } catch (IllegalStateException notConfigured) {
      // The current key is missing or malformed: the message names the setting, never a key.
      return Problem.response(Response.Status.CONFLICT, notConfigured.getMessage());
    }
  }

  private void requireOperator() {
    if (!caller.isUserInRole(BusinessAccessFilter.ADMIN_ROLE)
        || !caller.isUserInRole(RoleBasedBusinessAccess.ALL_BUSINESSES_ROLE)) {
      throw new SecurityException(
          "Encryption keys are for operators with the roles "
              + BusinessAccessFilter.ADMIN_ROLE
              + " and "
              + RoleBasedBusinessAccess.ALL_BUSINESSES_ROLE);
    }
  }
}
