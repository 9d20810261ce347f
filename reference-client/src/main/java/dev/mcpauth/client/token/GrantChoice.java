package dev.mcpauth.client.token;

/** Which grant the client uses to get tokens. */
public enum GrantChoice {
    /** Client credentials when configured credentials exist or the server advertises the grant; else code. */
    AUTO,
    CLIENT_CREDENTIALS,
    AUTHORIZATION_CODE
}
