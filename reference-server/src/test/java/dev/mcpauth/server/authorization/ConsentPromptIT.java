package dev.mcpauth.server.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.mcpauth.server.support.CodeFlow;
import dev.mcpauth.server.support.ReferenceServerIT;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** With {@code consent=prompt}, the user decides on a consent page. */
@TestPropertySource(properties = "mcpauth.authorization.consent=prompt")
class ConsentPromptIT extends ReferenceServerIT {

    @Test
    void approvalOnTheConsentPageRedirectsWithACode() {
        CodeFlow flow = new CodeFlow(server);
        String ticket = consentTicket(flow);
        Response decision = decide(ticket, "approve");
        assertThat(decision.statusCode()).isEqualTo(302);
        Map<String, String> redirect = CodeFlow.redirectParameters(decision);
        assertThat(redirect.get("state")).isEqualTo("state-123");
        assertThat(flow.exchange(redirect.get("code"), Map.of()).statusCode()).isEqualTo(200);
        assertThat(decide(ticket, "approve").statusCode()).as("a ticket works once").isEqualTo(400);
    }

    @Test
    void denialRedirectsWithAccessDenied() {
        CodeFlow flow = new CodeFlow(server);
        Response decision = decide(consentTicket(flow), "deny");
        assertThat(CodeFlow.redirectParameters(decision).get("error")).isEqualTo("access_denied");
        assertThat(CodeFlow.redirectParameters(decision).get("iss")).as("RFC 9207 on errors too")
                .isEqualTo(server.baseUrl());
    }

    private String consentTicket(CodeFlow flow) {
        Response page = flow.authorize(flow.validAuthorizationRequest());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.asString()).contains("sent back to <strong>127.0.0.1</strong>");
        return page.asString().replaceAll("(?s).*name=\"ticket\" value=\"([^\"]+)\".*", "$1");
    }

    private Response decide(String ticket, String decision) {
        return server.request().contentType("application/x-www-form-urlencoded").formParam("ticket", ticket)
                .formParam("decision", decision).post("/authorize/decision");
    }
}
