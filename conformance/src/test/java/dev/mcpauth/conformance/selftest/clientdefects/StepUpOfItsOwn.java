package dev.mcpauth.conformance.selftest.clientdefects;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import dev.mcpauth.client.ClientSettings;
import dev.mcpauth.client.OAuthHttp;
import dev.mcpauth.client.discovery.AuthenticationChallenge;
import dev.mcpauth.client.registration.ClientIdentities;
import dev.mcpauth.client.token.TokenSource;
import io.modelcontextprotocol.client.transport.HttpRequestSnapshot;
import io.modelcontextprotocol.client.transport.customizer.McpHttpClientTransportAuthorizationErrorHandler;
import io.modelcontextprotocol.common.McpTransportContext;
import org.reactivestreams.Publisher;

/**
 * The reference client with a step-up of the test's own: on 403 insufficient_scope a subclass decides which scope
 * a new grant asks for, or that the client gives up; the reference client's own step-up is not used.
 */
abstract class StepUpOfItsOwn extends OwnMcpTransport {

    /** A token source for the same client and grant, asking for another scope; set when authorization is done. */
    private Function<Scope, TokenSource> regrant;

    /**
     * The scope to ask for at step-up number {@code attempt} (from 1), given the scope held and the one the server
     * named; empty to give up.
     */
    protected abstract Optional<Scope> stepUpScope(int attempt, Scope held, Scope named);

    /** How many refusals of one request the transport answers with a retry. */
    protected int retries() {
        return 3;
    }

    protected static Scope union(Scope held, Scope named) {
        Set<String> all = new LinkedHashSet<>(held == null ? List.of() : held.toStringList());
        all.addAll(named.toStringList());
        return new Scope(all.toArray(String[]::new));
    }

    @Override
    protected TokenSource tokenSource(ClientSettings settings, OAuthHttp http, AuthorizationServerMetadata metadata,
                                      ClientIdentities identities, GrantType grant, Scope scope) {
        regrant = other -> super.tokenSource(settings, http, metadata, identities, grant, other);
        return super.tokenSource(settings, http, metadata, identities, grant, scope);
    }

    @Override
    protected Optional<McpHttpClientTransportAuthorizationErrorHandler> onRefusal(
            AtomicReference<TokenSource> tokens) {
        AtomicInteger attempts = new AtomicInteger();
        McpHttpClientTransportAuthorizationErrorHandler stepUp = McpHttpClientTransportAuthorizationErrorHandler
                .fromSync((request, response, context) -> {
                    Optional<String> named = response.headers().allValues("WWW-Authenticate").stream()
                            .flatMap(header -> AuthenticationChallenge.parse(header).stream())
                            .filter(AuthenticationChallenge::isBearer)
                            .filter(c -> c.parameter("error").filter("insufficient_scope"::equals).isPresent())
                            .findFirst().flatMap(c -> c.parameter("scope"));
                    if (response.statusCode() != 403 || named.isEmpty()) {
                        return false;
                    }
                    Optional<Scope> next = stepUpScope(attempts.incrementAndGet(), tokens.get().tokens().scope(),
                            Scope.parse(named.get()));
                    next.ifPresent(scope -> tokens.set(regrant.apply(scope)));
                    return next.isPresent();
                });
        return Optional.of(new McpHttpClientTransportAuthorizationErrorHandler() {
            @Override
            public Publisher<Boolean> handle(HttpRequestSnapshot request,
                                             java.net.http.HttpResponse.ResponseInfo response,
                                             McpTransportContext context) {
                return stepUp.handle(request, response, context);
            }

            @Override
            public int maxRetries() {
                return retries();
            }
        });
    }
}
