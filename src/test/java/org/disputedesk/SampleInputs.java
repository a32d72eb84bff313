package org.disputedesk;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/** Inputs every kind of test sends: a filing body, and evidence files the content sniffer accepts. */
public final class SampleInputs {

    /** A filing body for a mislabelled sweater bought in a livestream; callers change what their test needs. */
    public static Map<String, Object> complaint(String shopId, String orderRef) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("shopId", shopId);
        body.put("orderRef", orderRef);
        body.put("category", "NONSTANDARD_LABEL");
        body.put("description", "The label says 100% wool; the sweater is mostly acrylic.");
        body.put("orderAmount", 399.00);
        body.put("claimedAmount", 399.00);
        body.put("desiredRemedy", "RETURN_AND_REFUND");
        body.put("livestream", Map.of("room", "hm-live-42", "offsetSeconds", 1830));
        return body;
    }

    /** A 1×1 PNG: signature, IHDR, one IDAT, IEND, with correct CRCs. */
    public static byte[] tinyPng() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", new byte[] {0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0});
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x63, (byte) 0xf8, (byte) 0xcf, (byte) 0xc0, 0, 0, 3, 1,
                1, 0});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        int length = data.length;
        out.writeBytes(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8),
                (byte) length});
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        long c = crc.getValue();
        out.writeBytes(new byte[] {(byte) (c >>> 24), (byte) (c >>> 16), (byte) (c >>> 8), (byte) c});
    }

    private SampleInputs() {
    }
}
