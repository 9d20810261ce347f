package dev.mcpauth.server.registration.metadatadocument;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The address ranges a fetch of a client-chosen URL must not reach (CIMD §6.5, MCP security best practices on SSRF):
 * loopback, private, link-local, unique-local, multicast, carrier-grade NAT, documentation, benchmarking and the
 * other blocks of the IANA IPv4 and IPv6 special-purpose address registries that are not globally reachable.
 * IPv6 forms that embed an IPv4 address (mapped, NAT64, 6to4) are judged by the embedded address.
 */
final class SpecialPurposeAddresses {

    private record Block(BigInteger network, int prefixLength, int bits, String name) {

        boolean contains(BigInteger address, int addressBits) {
            if (addressBits != bits) {
                return false;
            }
            int shift = bits - prefixLength;
            return address.shiftRight(shift).equals(network.shiftRight(shift));
        }
    }

    private static final List<Block> BLOCKS = List.of(
            block("0.0.0.0", 8, "this network"),
            block("10.0.0.0", 8, "private"),
            block("100.64.0.0", 10, "carrier-grade NAT"),
            block("127.0.0.0", 8, "loopback"),
            block("169.254.0.0", 16, "link-local"),
            block("172.16.0.0", 12, "private"),
            block("192.0.0.0", 24, "IETF protocol assignments"),
            block("192.0.2.0", 24, "documentation"),
            block("192.88.99.0", 24, "6to4 relay anycast"),
            block("192.168.0.0", 16, "private"),
            block("198.18.0.0", 15, "benchmarking"),
            block("198.51.100.0", 24, "documentation"),
            block("203.0.113.0", 24, "documentation"),
            block("224.0.0.0", 4, "multicast"),
            block("240.0.0.0", 4, "reserved"),
            block("::", 128, "unspecified"),
            block("::1", 128, "loopback"),
            block("::", 96, "IPv4-compatible"),
            block("100::", 64, "discard-only"),
            block("2001::", 23, "IETF protocol assignments"),
            block("2001:db8::", 32, "documentation"),
            block("fc00::", 7, "unique-local"),
            block("fe80::", 10, "link-local"),
            block("fec0::", 10, "site-local"),
            block("ff00::", 8, "multicast"));

    private SpecialPurposeAddresses() {
    }

    /** The name of the special-purpose range holding {@code address}, or empty for a globally reachable one. */
    static Optional<String> rangeOf(InetAddress address) {
        byte[] bytes = address.getAddress();
        Optional<InetAddress> embedded = embeddedIpv4(bytes);
        if (embedded.isPresent()) {
            return rangeOf(embedded.get());
        }
        BigInteger value = new BigInteger(1, bytes);
        int bits = bytes.length * 8;
        return BLOCKS.stream().filter(block -> block.contains(value, bits)).map(Block::name).findFirst();
    }

    /** The IPv4 address inside an IPv4-mapped (::ffff:0:0/96), NAT64 (64:ff9b::/96) or 6to4 (2002::/16) one. */
    private static Optional<InetAddress> embeddedIpv4(byte[] bytes) {
        if (bytes.length != 16) {
            return Optional.empty();
        }
        boolean mapped = isZero(bytes, 0, 10) && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
        boolean nat64 = (bytes[0] & 0xff) == 0x00 && (bytes[1] & 0xff) == 0x64 && (bytes[2] & 0xff) == 0xff
                && (bytes[3] & 0xff) == 0x9b && isZero(bytes, 4, 12);
        if (mapped || nat64) {
            return Optional.of(ipv4(bytes, 12));
        }
        if ((bytes[0] & 0xff) == 0x20 && (bytes[1] & 0xff) == 0x02) {
            return Optional.of(ipv4(bytes, 2));
        }
        return Optional.empty();
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte[] bytes, int offset) {
        try {
            return InetAddress.getByAddress(new byte[] {bytes[offset], bytes[offset + 1], bytes[offset + 2],
                    bytes[offset + 3]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always an IPv4 address
        }
    }

    private static Block block(String network, int prefixLength, String name) {
        try {
            byte[] bytes = InetAddress.getByName(network).getAddress();
            return new Block(new BigInteger(1, bytes), prefixLength, bytes.length * 8, name);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // literals only
        }
    }
}
