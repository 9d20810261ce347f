package dev.mcpauth.conformance.targets;

/**
 * Resolves the server under test. The bundled server is started once per JVM, since starting it for every
 * scenario would make the suite slow.
 */
public final class Targets {

    private static BundledReferenceServer bundled;

    private Targets() {
    }

    public static synchronized TargetServer resolve(HarnessSettings settings) {
        if (settings.serverUrl().isPresent()) {
            return new ExternalServer(settings.serverUrl().get(), settings.privilegedTool(),
                    settings.otherResource());
        }
        if (bundled == null) {
            bundled = BundledReferenceServer.start();
        }
        return bundled;
    }
}
