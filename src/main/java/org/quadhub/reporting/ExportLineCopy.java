package org.quadhub.reporting;

import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;

/**
 * Streams export lines into {@code report_export_line} through COPY in PostgreSQL's binary format: dates as day
 * numbers and amounts as base-10000 digits, so the server parses no text (a third less of its time than text COPY
 * spends on dates and decimals). The COPY starts with the first flush and is ended by {@link #finish()}, or
 * abandoned by {@link #cancel()}; the caller's transaction decides whether the lines stay.
 */
final class ExportLineCopy {

	private static final int FLUSH_BYTES = 1 << 18;
	private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
			0, 0, 0, 0, 0, 0, 0, 0 };
	private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
	private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

	private final CopyManager manager;
	/** Field count and submission id: the same at the start of every line. */
	private final byte[] linePrefix = new byte[14];
	/** Each month's date field, indexed from the first month. */
	private final byte[][] monthFields;
	private final int[] groups = new int[8];
	private byte[] buffer = new byte[FLUSH_BYTES + 4096];
	private int buffered;
	private long lines;
	private @Nullable CopyIn copy;

	ExportLineCopy(CopyManager manager, long submissionId, YearMonth first, int months) {
		this.manager = manager;
		java.nio.ByteBuffer.wrap(linePrefix).putShort((short) 7).putInt(8).putLong(submissionId);
		monthFields = new byte[months][8];
		for (int m = 0; m < months; m++) {
			long day = first.plusMonths(m).atDay(1).toEpochDay() - POSTGRES_EPOCH_DAY;
			java.nio.ByteBuffer.wrap(monthFields[m]).putInt(4).putInt((int) day);
		}
		put(SIGNATURE, 0, SIGNATURE.length);
	}

	/** A line read by {@link ExportLineBytes}: text fields as bytes of the line, amounts as scaled whole numbers. */
	void add(int month, byte[] line, int hsStart, int hsEnd, int destination, long cents, long thousandths,
			int unitStart, int unitEnd) {
		ensure(256);
		put(linePrefix, 0, linePrefix.length);
		put(monthFields[month], 0, 8);
		putInt(hsEnd - hsStart);
		put(line, hsStart, hsEnd);
		putInt(2);
		buffer[buffered++] = (byte) ('A' + destination / 26);
		buffer[buffered++] = (byte) ('A' + destination % 26);
		putNumeric(cents, 2);
		putNumeric(thousandths, 3);
		putInt(unitEnd - unitStart);
		put(line, unitStart, unitEnd);
		line();
	}

	/** A line checked by {@link LineRules}; amounts already at 2 and 3 decimals. */
	void add(int month, String hsCode, String destination, BigDecimal valueUsd, BigDecimal quantity, String unit) {
		ensure(256);
		put(linePrefix, 0, linePrefix.length);
		put(monthFields[month], 0, 8);
		putText(hsCode);
		putText(destination);
		putNumeric(valueUsd);
		putNumeric(quantity);
		putText(unit);
		line();
	}

	private void line() {
		lines++;
		if (buffered >= FLUSH_BYTES) {
			flush();
		}
	}

	/** Ends the COPY, storing every line added. */
	void finish() {
		if (lines == 0) {
			return;
		}
		ensure(2);
		putShort(-1);
		flush();
		try {
			copy.endCopy();
		}
		catch (SQLException e) {
			throw new IllegalStateException("COPY into report_export_line failed", e);
		}
		copy = null;
	}

	/** Stops writing; nothing more is sent. Safe to call more than once. */
	void cancel() {
		buffered = 0;
		lines = 0;
		if (copy != null && copy.isActive()) {
			try {
				copy.cancelCopy();
			}
			catch (SQLException e) {
				// the transaction is rolled back anyway
			}
		}
		copy = null;
	}

	private void flush() {
		try {
			if (copy == null) {
				copy = manager.copyIn("COPY report_export_line (submission_id, period, hs_code, destination, "
						+ "value_usd, quantity, unit) FROM STDIN (FORMAT binary)");
			}
			copy.writeToCopy(buffer, 0, buffered);
			buffered = 0;
		}
		catch (SQLException e) {
			throw new IllegalStateException("COPY into report_export_line failed", e);
		}
	}

	/**
	 * A non-negative numeric of {@code scale} decimals given as a whole number of 10^-scale: base-10000 digits of
	 * the whole part, then one digit for the 2 or 3 decimals (PostgreSQL's {@code numeric_send} layout).
	 */
	private void putNumeric(long scaled, int scale) {
		long unit = scale == 2 ? 100 : 1000;
		long whole = scaled / unit;
		int fraction = (int) (scaled % unit) * (scale == 2 ? 100 : 10);
		int count = 0;
		while (whole > 0) {
			groups[count++] = (int) (whole % 10_000);
			whole /= 10_000;
		}
		putDigits(count, fraction, scale);
	}

	private void putNumeric(BigDecimal value) {
		BigInteger unscaled = value.unscaledValue();
		int scale = value.scale();
		if (unscaled.bitLength() < 63) {
			putNumeric(unscaled.longValue(), scale);
			return;
		}
		BigInteger[] parts = unscaled.divideAndRemainder(BigInteger.TEN.pow(scale));
		int fraction = parts[1].intValue() * (scale == 2 ? 100 : 10);
		int count = 0;
		for (BigInteger whole = parts[0]; whole.signum() > 0; whole = whole.divide(TEN_THOUSAND)) {
			groups[count++] = whole.mod(TEN_THOUSAND).intValue();
		}
		putDigits(count, fraction, scale);
	}

	/** Writes {@code groups[count-1..0]} (most significant first) and the fraction digit when it is not zero. */
	private void putDigits(int count, int fraction, int scale) {
		int digits = count + (fraction != 0 ? 1 : 0);
		int weight = count > 0 ? count - 1 : fraction != 0 ? -1 : 0;
		putInt(8 + 2 * digits);
		putShort(digits);
		putShort(weight);
		putShort(0);
		putShort(scale);
		for (int i = count - 1; i >= 0; i--) {
			putShort(groups[i]);
		}
		if (fraction != 0) {
			putShort(fraction);
		}
	}

	private void putText(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		ensure(bytes.length + 4);
		putInt(bytes.length);
		put(bytes, 0, bytes.length);
	}

	private void putInt(int v) {
		buffer[buffered++] = (byte) (v >>> 24);
		buffer[buffered++] = (byte) (v >>> 16);
		buffer[buffered++] = (byte) (v >>> 8);
		buffer[buffered++] = (byte) v;
	}

	private void putShort(int v) {
		buffer[buffered++] = (byte) (v >>> 8);
		buffer[buffered++] = (byte) v;
	}

	private void put(byte[] bytes, int start, int end) {
		System.arraycopy(bytes, start, buffer, buffered, end - start);
		buffered += end - start;
	}

	private void ensure(int room) {
		if (buffered + room > buffer.length) {
			buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, buffered + room));
		}
	}
}
