package dev.mcpauth.conformance.selftest.clientdefects;

import java.util.Optional;

import com.nimbusds.oauth2.sdk.Scope;

/** Defect: the client takes 403 insufficient_scope as final and never asks for more scope. */
public class NoStepUp extends StepUpOfItsOwn {

    @Override
    protected Optional<Scope> stepUpScope(int attempt, Scope held, Scope named) {
        return Optional.empty();
    }
}
