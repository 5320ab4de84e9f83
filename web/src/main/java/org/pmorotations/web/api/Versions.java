package org.pmorotations.web.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The version a change is made on, as a client sends it: the rotation's {@code ETag} (the
 * version, quoted: {@code "3"}) in {@code If-Match}, or the {@code version} field of the body.
 * The service compares it under the row locks; none at all is answered 428, a stale one 409.
 */
final class Versions {

    private static final String IF_MATCH = "If-Match";

    private Versions() {
    }

    /** What an answer about an entity of {@code version} carries in its {@code ETag} header. */
    static EntityTag tag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /**
     * The version of {@code If-Match} if the request has the header, else the body's {@code version}
     * (may be null). {@code If-Match: *} names no version and counts as none; a header that is not
     * one quoted whole number is 400, and one that names another version than the body's too.
     */
    static Long read(HttpHeaders headers, LifecycleRequests.Versioned body) {
        return read(headers, body == null ? null : body.version());
    }

    /** The version of {@code If-Match}, for a change without a body; null when there is none. */
    static Long read(HttpHeaders headers) {
        return read(headers, (Long) null);
    }

    private static Long read(HttpHeaders headers, Long bodyVersion) {
        String header = headers.getHeaderString(IF_MATCH);
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return bodyVersion;
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (!tag.matches("\"\\d{1,18}\"")) {
            throw malformed("If-Match holds the ETag of the rotation you read, such as \"3\", not " + abbreviated(header) + ".");
        }
        long version = Long.parseLong(tag.substring(1, tag.length() - 1));
        if (bodyVersion != null && bodyVersion != version) {
            throw malformed("If-Match names version " + version + " and the body version " + bodyVersion + "; send one of them.");
        }
        return version;
    }

    private static String abbreviated(String header) {
        return header.length() <= 40 ? header : header.substring(0, 40) + "…";
    }

    private static BadRequestException malformed(String message) {
        return new BadRequestException(Problems.ofField(Response.Status.BAD_REQUEST, message, "version"));
    }
}
