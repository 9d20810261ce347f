package dev.mcpauth.conformance.selftest.clientdefects;

import java.util.Optional;

import com.nimbusds.oauth2.sdk.Scope;

/**
 * Defect: the client does limit its step-ups, but to ten, so a server that keeps refusing gets ten more token
 * requests and ten more refusals where a few should do. (A client without any limit would loop until the
 * harness's time limit; ten shows the same defect in a fraction of that time.)
 */
public class StepUpLimitTooHigh extends StepUpOfItsOwn {

    private static final int STEP_UPS = 10;

    @Override
    protected Optional<Scope> stepUpScope(int attempt, Scope held, Scope named) {
        return attempt <= STEP_UPS ? Optional.of(union(held, named)) : Optional.empty();
    }

    @Override
    protected int retries() {
        return STEP_UPS;
    }
}
