package dev.mcpauth.server.registration.metadatadocument;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * Resolves the host of a metadata document URL and answers only addresses outside the special-purpose ranges. The
 * HTTP client connects to exactly the addresses answered here, so a name that resolves differently on a second
 * lookup (DNS rebinding) cannot slip a private address past the check. A name with any special-purpose address is
 * refused as a whole, unless its {@code host:port} is on the test allow-list.
 */
final class VettedAddressResolver implements DnsResolver {

    private final TestHostAllowList allowList;

    VettedAddressResolver(TestHostAllowList allowList) {
        this.allowList = allowList;
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        List<InetSocketAddress> addresses = new ArrayList<>();
        for (InetAddress address : lookUp(host)) {
            if (!allowList.allows(host, port)) {
                refuseSpecialPurpose(host, address);
            }
            addresses.add(new InetSocketAddress(address, port));
        }
        return addresses;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = lookUp(host);
        for (InetAddress address : addresses) {
            refuseSpecialPurpose(host, address);
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
    }

    private static InetAddress[] lookUp(String host) throws UnknownHostException {
        // a bracketed IPv6 literal reaches the resolver with its brackets
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return InetAddress.getAllByName(name);
    }

    private static void refuseSpecialPurpose(String host, InetAddress address) throws UnknownHostException {
        Optional<String> range = SpecialPurposeAddresses.rangeOf(address);
        if (range.isPresent()) {
            throw new ForbiddenAddressException(host, address, range.get());
        }
    }

    /** A host that resolved into a special-purpose range; says which, so the refusal can name it. */
    static final class ForbiddenAddressException extends UnknownHostException {

        ForbiddenAddressException(String host, InetAddress address, String range) {
            super(host + " resolves to " + address.getHostAddress() + ", a " + range
                    + " address, which this server does not fetch from");
        }
    }
}
