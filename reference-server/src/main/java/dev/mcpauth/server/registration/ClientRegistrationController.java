package dev.mcpauth.server.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.client.ClientInformation;
import com.nimbusds.oauth2.sdk.client.ClientMetadata;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationRequest;
import com.nimbusds.oauth2.sdk.client.RegistrationError;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.BearerTokenError;
import dev.mcpauth.server.config.ReferenceServerProperties;
import dev.mcpauth.server.http.NimbusRequests;
import dev.mcpauth.server.http.OAuthErrorException;
import dev.mcpauth.server.http.OAuthResponses;
import dev.mcpauth.server.store.ClientStore;
import dev.mcpauth.server.store.SecretDigest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Dynamic client registration (RFC 7591 §3): validates the metadata, issues a client id and, if needed, a secret. */
@RestController
public class ClientRegistrationController {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ClientStore clients;
    private final RegistrationRateLimiter rateLimiter;
    private final ReferenceServerProperties.Registration settings;

    public ClientRegistrationController(ClientStore clients, RegistrationRateLimiter rateLimiter,
                                        ReferenceServerProperties properties) {
        this.clients = clients;
        this.rateLimiter = rateLimiter;
        this.settings = properties.registration();
    }

    @PostMapping("/register")
    public ResponseEntity<String> register(HttpServletRequest servletRequest) {
        long retryAfter = rateLimiter.tryAcquire(servletRequest.getRemoteAddr());
        if (retryAfter > 0) {
            throw new OAuthErrorException(new ErrorObject("temporarily_unavailable",
                    "too many registrations from this address; retry later", 429),
                    Map.of(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter)));
        }
        ClientRegistrationRequest request = parse(servletRequest);
        checkInitialAccessToken(request);
        ClientMetadata metadata = ClientMetadataRules.validate(request.getClientMetadata());

        ClientID clientId = new ClientID(randomToken(16));
        Secret secret = needsSecret(metadata.getTokenEndpointAuthMethod()) ? new Secret(randomToken(32)) : null;
        Date issuedAt = new Date((System.currentTimeMillis() / 1000) * 1000);
        clients.save(new RegisteredClient(clientId.getValue(),
                secret == null ? null : SecretDigest.of(secret.getValue()),
                issuedAt.getTime() / 1000, metadata.toJSONObject()));

        Map<String, Object> body = new ClientInformation(clientId, issuedAt, metadata, secret).toJSONObject();
        if (secret != null) {
            body.put("client_secret_expires_at", 0); // RFC 7591 §3.2.1: required with a secret; 0 = never
        }
        return OAuthResponses.json(HttpStatus.CREATED, body);
    }

    private static ClientRegistrationRequest parse(HttpServletRequest servletRequest) {
        try {
            return ClientRegistrationRequest.parse(NimbusRequests.from(servletRequest));
        } catch (ParseException e) {
            ErrorObject parsed = e.getErrorObject();
            String code = parsed != null && parsed.getCode() != null
                    && !parsed.getCode().equals(OAuth2Error.INVALID_REQUEST.getCode())
                    ? parsed.getCode() : RegistrationError.INVALID_CLIENT_METADATA.getCode();
            throw new OAuthErrorException(new ErrorObject(code, ErrorObject.removeIllegalChars(String.valueOf(e.getMessage())), 400));
        } catch (IllegalArgumentException e) {
            // Nimbus fails this way on some hostile values, e.g. while building its own error description
            throw new OAuthErrorException(new ErrorObject(RegistrationError.INVALID_CLIENT_METADATA.getCode(),
                    "the client metadata could not be parsed", 400));
        }
    }

    private void checkInitialAccessToken(ClientRegistrationRequest request) {
        if (!settings.requiresInitialAccessToken()) {
            return;
        }
        String presented = request.getAccessToken() == null ? "" : request.getAccessToken().getValue();
        boolean valid = MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                settings.initialAccessToken().getBytes(StandardCharsets.UTF_8));
        if (!valid) {
            BearerTokenError error = request.getAccessToken() == null
                    ? BearerTokenError.MISSING_TOKEN
                    : BearerTokenError.INVALID_TOKEN.setDescription(ErrorObject.removeIllegalChars("the initial access token is not valid"));
            throw new OAuthErrorException(new ErrorObject(
                    error.getCode() == null ? OAuth2Error.INVALID_REQUEST.getCode() : error.getCode(),
                    "registration needs an initial access token", 401),
                    Map.of(HttpHeaders.WWW_AUTHENTICATE, error.toWWWAuthenticateHeader()));
        }
    }

    private static boolean needsSecret(ClientAuthenticationMethod method) {
        return method.equals(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                || method.equals(ClientAuthenticationMethod.CLIENT_SECRET_POST);
    }

    private static String randomToken(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
