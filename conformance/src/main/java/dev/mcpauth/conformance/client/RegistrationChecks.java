package dev.mcpauth.conformance.client;

import java.util.List;

import dev.mcpauth.conformance.verdict.Findings;

/**
 * Checks of what a client's registrations say and where its credentials go, by the MCP 2026-07-28 client
 * registration page: "Application Type and Redirect URI Constraints" and "Authorization Server Binding".
 */
public final class RegistrationChecks {

    private static final java.util.regex.Pattern APPLICATION_TYPE = java.util.regex.Pattern.compile(
            "\"application_type\"\\s*:\\s*\"([^\"]*)\"");
    private static final java.util.regex.Pattern LOOPBACK_REDIRECT = java.util.regex.Pattern.compile(
            "\"http://(127\\.0\\.0\\.1|\\[::1\\]|localhost)(:[0-9]+)?(/[^\"]*)?\"");

    /** A registration the stub refuses when told to: one naming at least one redirect URI. */
    private static final java.util.regex.Pattern NAMES_REDIRECT_URIS = java.util.regex.Pattern.compile(
            "\"redirect_uris\"\\s*:\\s*\\[\\s*\"");

    private RegistrationChecks() {
    }

    public static void everyRegistrationNamesAnApplicationType(ClientJournal journal) {
        List<SentRequest> registrations = registrations(journal);
        List<SentRequest> without = registrations.stream()
                .filter(r -> !APPLICATION_TYPE.matcher(r.body()).find()).toList();
        require(without.isEmpty(), "A client registering dynamically must send the application_type that fits it "
                + "(native for desktop, mobile and command-line clients, web for remote browser-based ones): an "
                + "OpenID Connect authorization server takes a missing one for web and may then refuse loopback "
                + "redirect URIs (MCP 2026-07-28, client registration, Application Type).", without);
    }

    public static void loopbackRegistrationsAreNative(ClientJournal journal) {
        List<SentRequest> judged = registrations(journal).stream()
                .filter(r -> LOOPBACK_REDIRECT.matcher(r.body().replace("\\/", "/")).find())
                .filter(r -> APPLICATION_TYPE.matcher(r.body()).find()).toList();
        if (judged.isEmpty()) {
            throw Findings.skip("No registration named both a loopback redirect URI and an application_type; "
                    + "whether a registration names an application_type at all is judged on its own (V0728-103).");
        }
        List<SentRequest> wrong = judged.stream().filter(r -> {
            java.util.regex.Matcher type = APPLICATION_TYPE.matcher(r.body());
            return type.find() && !"native".equals(type.group(1));
        }).toList();
        require(wrong.isEmpty(), "A client that receives its authorization response on the loopback interface is a "
                + "native application and should register with application_type native (MCP 2026-07-28, client "
                + "registration, Application Type).", wrong);
    }

    /**
     * The authorization server refused every registration naming redirect URIs ({@code invalid_redirect_uri}): the
     * client may try other redirect URIs, but stops after {@code limit} attempts, and goes on to no authorization or
     * token request, since no client id was issued to present there.
     */
    public static void stoppedAfterRefusedRegistrations(ClientJournal journal, int limit) {
        List<SentRequest> registrations = registrations(journal);
        List<SentRequest> refused = registrations.stream()
                .filter(r -> NAMES_REDIRECT_URIS.matcher(r.body()).find()).toList();
        if (refused.isEmpty()) {
            throw Findings.skip("The client registered without redirect URIs (client credentials), which the "
                    + "authorization server accepted: no registration was refused for its redirect URIs.");
        }
        require(refused.size() <= limit, "The authorization server refused the registration with "
                + "invalid_redirect_uri; a client prepared for that may retry with other redirect URIs but stops "
                + "after a few attempts (here at most " + limit + ") instead of registering again and again (MCP "
                + "2026-07-28, client registration, Application Type and Redirect URI Constraints); it sent "
                + refused.size() + ".", refused);
        if (refused.size() == registrations.size()) {
            List<SentRequest> onward = new java.util.ArrayList<>(journal.authorizationRequests());
            onward.addAll(journal.tokenRequests());
            require(onward.isEmpty(), "Every registration was refused, so the authorization server issued no client "
                    + "id; the client went on to ask for authorization or tokens all the same instead of stopping "
                    + "with an error.", onward);
        }
    }

    /** The first authorization server's client id never reaches the second one. */
    public static void presentedNoFirstServerCredentialsAtTheSecond(ClientJournal journal) {
        List<SentRequest> atSecond = toSecondServer(journal);
        if (atSecond.isEmpty()) {
            throw Findings.skip("The client sent nothing to the authorization server the resource metadata named "
                    + "after the move, so no credentials could go there; whether it registered there is judged on "
                    + "its own (V0728-111).");
        }
        List<SentRequest> leaking = atSecond.stream()
                .filter(r -> StubDeployment.REGISTERED_CLIENT_ID.equals(r.parameters().get("client_id"))
                        || StubDeployment.REGISTERED_CLIENT_ID.equals(ClientChecks.clientIdOf(r))).toList();
        require(leaking.isEmpty(), "Credentials belong to the authorization server that issued them: the client "
                + "must not present the first authorization server's client id (" + StubDeployment.REGISTERED_CLIENT_ID
                + ") to another one (MCP 2026-07-28, client registration, Authorization Server Binding).", leaking);
    }

    public static void registeredWithTheSecondServer(ClientJournal journal) {
        require(!journal.toAuthorizationServer("POST", StubDeployment.SECOND_REGISTRATION_PATH).isEmpty(),
                "When the protected resource metadata names another authorization server, the client must register "
                        + "with it (MCP 2026-07-28, client registration, Authorization Server Binding); it sent no "
                        + "registration to " + StubDeployment.SECOND_REGISTRATION_PATH + ".",
                journal.authorizationServer());
    }

    private static List<SentRequest> registrations(ClientJournal journal) {
        List<SentRequest> registrations = journal.registrationRequests();
        if (registrations.isEmpty()) {
            throw Findings.skip("The client did not register itself, so no registration shows what it says it is.");
        }
        return registrations;
    }

    private static List<SentRequest> toSecondServer(ClientJournal journal) {
        return journal.authorizationServer().stream().filter(r -> r.path().startsWith("/oauth2/v2/")).toList();
    }

    private static void require(boolean condition, String message, List<SentRequest> evidence) {
        if (!condition) {
            throw new AssertionError(message + "\nWhat the client sent:" + ClientJournal.lines(evidence));
        }
    }
}
