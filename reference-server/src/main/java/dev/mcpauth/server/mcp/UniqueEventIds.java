package dev.mcpauth.server.mcp;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Streamable HTTP "Resumability": an SSE event id, when present, MUST be unique across all streams of a session.
 * The SDK transport labels every event of a session with the session id itself, so ids repeat on every answer. This
 * filter gives each event a fresh id (a per-server prefix and a counter); the SDK does not resume streams from
 * {@code Last-Event-ID}, so nothing else depends on the old value.
 */
final class UniqueEventIds extends OncePerRequestFilter {

    private final String prefix = UUID.randomUUID().toString();
    private final AtomicLong counter = new AtomicLong();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            private PrintWriter writer;

            @Override
            public PrintWriter getWriter() throws IOException {
                if (writer == null) {
                    PrintWriter events = super.getWriter();
                    writer = new PrintWriter(events) {
                        @Override
                        public void write(String text) {
                            super.write(isEventStream() && text.startsWith("id: ") && text.endsWith("\n")
                                    ? "id: " + prefix + "-" + counter.incrementAndGet() + "\n" : text);
                        }

                        @Override
                        public boolean checkError() {
                            return super.checkError() || events.checkError();
                        }
                    };
                }
                return writer;
            }

            // SDK 2.2.0 sets the event-stream content type after it took the writer, so decide per write.
            private boolean isEventStream() {
                String type = getContentType();
                return type != null && type.startsWith("text/event-stream");
            }
        });
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }
}
