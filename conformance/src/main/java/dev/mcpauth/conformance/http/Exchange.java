package dev.mcpauth.conformance.http;

import java.util.List;

/** One HTTP request and its response, secrets already masked, as shown in reports. */
public record Exchange(String method, String url, List<String> requestHeaders, String requestBody, int status,
                       List<String> responseHeaders, String responseBody) {

    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(method).append(' ').append(url).append('\n');
        requestHeaders.forEach(header -> text.append(header).append('\n'));
        if (!requestBody.isEmpty()) {
            text.append('\n').append(requestBody).append('\n');
        }
        text.append("\n<- ").append(status).append('\n');
        responseHeaders.forEach(header -> text.append(header).append('\n'));
        if (!responseBody.isEmpty()) {
            text.append('\n').append(responseBody).append('\n');
        }
        return text.toString();
    }
}
