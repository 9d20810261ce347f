package dev.mcpauth.conformance.selftest.clientdefects;

import java.util.Optional;

import com.nimbusds.oauth2.sdk.Scope;

/** Defect: on insufficient_scope the client asks for the scope the server named alone, dropping what it held. */
public class StepUpForTheNamedScopeOnly extends StepUpOfItsOwn {

    private static final int STEP_UPS = 2;

    @Override
    protected Optional<Scope> stepUpScope(int attempt, Scope held, Scope named) {
        return attempt <= STEP_UPS ? Optional.of(named) : Optional.empty();
    }
}
