package dev.mcpauth.server.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the MCP endpoint, bound from {@code mcpauth.mcp.*}. README lists them with their defaults.
 *
 * @param cacheTtl how long a 2026-07-28 client may reuse the result of {@code server/discover} and
 *                 {@code tools/list} (their {@code ttlMs}); both stay {@code cacheScope: private}, since they are
 *                 served only to authenticated callers.
 */
@ConfigurationProperties("mcpauth.mcp")
public record McpProperties(@DefaultValue("5m") Duration cacheTtl) {
}
