package com.quoox.xero.settings;

import jakarta.validation.constraints.NotBlank;

/** The organisation the user picked among those they authorised at Xero. */
public record OrganisationChoice(
    @NotBlank(message = "choose one of the organisations you authorised at Xero")
        String tenantId) {}
