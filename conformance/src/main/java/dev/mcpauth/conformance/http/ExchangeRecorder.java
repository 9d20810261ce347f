package dev.mcpauth.conformance.http;

import java.util.ArrayList;
import java.util.List;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/** Records every exchange a scenario makes, masked, so reports can show the evidence behind each verdict. */
public final class ExchangeRecorder implements Filter {

    private final List<Exchange> exchanges = new ArrayList<>();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        List<String> requestHeaders = request.getHeaders().asList().stream()
                .map(header -> SecretMasking.header(header.getName() + ": " + header.getValue())).toList();
        List<String> responseHeaders = response.getHeaders().asList().stream()
                .map(header -> header.getName() + ": " + header.getValue()).toList();
        Object body = request.getBody();
        String requestBody = body != null ? body.toString() : formBody(request);
        exchanges.add(new Exchange(request.getMethod(), SecretMasking.url(request.getURI()), requestHeaders,
                SecretMasking.body(requestBody), response.statusCode(), responseHeaders,
                SecretMasking.body(response.asString())));
        return response;
    }

    /** An exchange made without rest-assured (a stream read only as far as its headers), already masked. */
    public void record(Exchange exchange) {
        exchanges.add(exchange);
    }

    public List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    private static String formBody(FilterableRequestSpecification request) {
        StringBuilder form = new StringBuilder();
        // A parameter given more than once is held as a list, although the map is typed as holding strings.
        java.util.Map<String, ?> parameters = request.getFormParams();
        parameters.forEach((name, value) -> {
            for (Object single : value instanceof List<?> values ? values : List.of(value)) {
                form.append(form.isEmpty() ? "" : "&").append(name).append('=').append(single);
            }
        });
        return form.toString();
    }
}
