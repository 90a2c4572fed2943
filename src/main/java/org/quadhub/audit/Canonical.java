package org.quadhub.audit;

import org.jspecify.annotations.Nullable;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The canonical serialisation of an audit entry and its chain hash (documented in docs/modules/audit.md).
 * The bytes are the ASCII line {@code quadhub-audit-v1} followed, for each field in a fixed order, by a line feed
 * and either {@code ~} (null) or the UTF-8 byte length in decimal, a colon and the UTF-8 bytes of the value. The
 * hash is the lower-case hex SHA-256 of those bytes; the previous entry's hash is the last field.
 */
final class Canonical {

	/** The previous hash of the very first entry. */
	static final String GENESIS = "0".repeat(64);

	private static final byte[] HEADER = "quadhub-audit-v1".getBytes(StandardCharsets.US_ASCII);

	private Canonical() {
	}

	/** Audit times are kept to the microsecond, the precision PostgreSQL stores. */
	static Instant truncate(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	static byte[] bytes(long id, Instant occurredAt, String actor, String action, String subjectKind,
			@Nullable String subjectId, @Nullable String fromState, @Nullable String toState, @Nullable String changes,
			@Nullable String requestId, @Nullable String clientAddress, String prevHash) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 + (changes == null ? 0 : changes.length() * 2));
		out.writeBytes(HEADER);
		for (String field : new String[] { Long.toString(id), DateTimeFormatter.ISO_INSTANT.format(occurredAt), actor,
				action, subjectKind, subjectId, fromState, toState, changes, requestId, clientAddress, prevHash }) {
			out.write('\n');
			if (field == null) {
				out.write('~');
			}
			else {
				byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
				out.writeBytes(Integer.toString(utf8.length).getBytes(StandardCharsets.US_ASCII));
				out.write(':');
				out.writeBytes(utf8);
			}
		}
		return out.toByteArray();
	}

	static String hash(byte[] canonical) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", e);
		}
	}

	static String hash(AuditEntry entry) {
		return hash(bytes(entry.id(), entry.occurredAt(), entry.actor(), entry.action(), entry.subjectKind(),
				entry.subjectId(), entry.fromState(), entry.toState(), entry.changes(), entry.requestId(),
				entry.clientAddress(), entry.prevHash()));
	}
}
