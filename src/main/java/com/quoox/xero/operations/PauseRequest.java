package com.quoox.xero.operations;

import com.quoox.xero.dispatch.BusinessDispatch;
import jakarta.validation.constraints.Size;

/** Why an operator pauses a business's dispatch; optional, shown with the pause. */
public record PauseRequest(
    @Size(
            max = BusinessDispatch.MAX_REASON_LENGTH,
            message = "must be at most " + BusinessDispatch.MAX_REASON_LENGTH + " characters")
        String reason) {}
