package dev.mcpauth.conformance.selftest.clientdefects;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mcpauth.client.token.AuthorizationUrlOpener;
import dev.mcpauth.conformance.client.ReferenceClientInProcess;

/**
 * Defect: whatever state the authorization response carries, the client takes it (here by handing its listener the
 * state it sent, which is what a client that never compares amounts to).
 */
public class StateNotChecked extends ReferenceClientInProcess {

    private static final Pattern STATE = Pattern.compile("([?&]state=)([^&]*)");

    @Override
    protected AuthorizationUrlOpener opener() {
        return new ResponseRewritingOpener((authorizationUrl, location) -> {
            Matcher sent = STATE.matcher(authorizationUrl);
            return sent.find() ? STATE.matcher(location).replaceFirst("$1" + sent.group(2)) : location;
        });
    }
}
