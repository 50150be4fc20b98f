package com.quoox.xero.sandbox.accounting;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import com.quoox.xero.sandbox.http.SandboxRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks each Accounting API request against Xero's official OpenAPI contract ({@code
 * xero_accounting.yaml}), so a request the real Xero would reject for its shape is rejected here
 * too.
 */
public final class ContractValidator {

  /**
   * The spec's server is https://api.xero.com/api.xro/2.0; the sandbox serves the same path
   * locally.
   */
  public static final String BASE_PATH = "/api.xro/2.0";

  private final OpenApiInteractionValidator validator;

  public ContractValidator(Path spec) {
    if (!Files.isReadable(spec)) {
      throw new IllegalArgumentException(
          "Xero OpenAPI spec not readable: " + spec.toAbsolutePath());
    }
    this.validator =
        OpenApiInteractionValidator.createForSpecificationUrl(spec.toAbsolutePath().toString())
            .withBasePathOverride(BASE_PATH)
            .withWhitelist(sdkQuirks())
            .build();
  }

  /**
   * The one place where the SDK and the contract disagree. xero-java 4.29.1 models expose
   * convenience getters such as {@code getDateAsDate()} without {@code @JsonIgnore}, so every
   * Invoice, CreditNote, Allocation and Payment it sends carries extra properties {@code
   * dateAsDate}, {@code dueDateAsDate}, ... that the spec does not declare. Xero ignores them; the
   * validator (strict on additional properties) would not. Only properties named {@code
   * <camelCase>AsDate} are let through: any other unknown property still fails.
   */
  private static ValidationErrorsWhitelist sdkQuirks() {
    return ValidationErrorsWhitelist.create()
        .withRule(
            "xero-java *AsDate getters",
            WhitelistRules.allOf(
                WhitelistRules.isRequest(),
                WhitelistRules.messageHasKey("validation.request.body.schema.additionalProperties"),
                WhitelistRules.anyOf(
                    // one extra property: "property 'dateAsDate' is not defined in the schema ..."
                    WhitelistRules.messageContainsRegexp(
                        ".*property '[a-z][A-Za-z]*AsDate' is not defined.*"),
                    // several: "... not allowed by the schema: [\"dateAsDate\",\"dueDateAsDate\"]"
                    WhitelistRules.messageContainsRegexp(
                        ".*not allowed by the schema: \\[(\"[a-z][A-Za-z]*AsDate\",?)+\\].*"))));
  }

  /** Returns the contract violations, empty when the request conforms. */
  public List<String> violations(SandboxRequest request) {
    SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), request.path());
    request.headers().forEach(builder::withHeader);
    request.query().forEach(builder::withQueryParam);
    if (!request.body().isEmpty()) {
      builder.withBody(request.body());
    }
    ValidationReport report = validator.validateRequest(builder.build());
    return report.getMessages().stream()
        .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
        .map(message -> message.getKey() + ": " + message.getMessage())
        .toList();
  }
}
