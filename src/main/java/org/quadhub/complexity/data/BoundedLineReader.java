package org.quadhub.complexity.data;

import org.jspecify.annotations.Nullable;
import org.quadhub.complexity.calc.RowProblem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * A {@link BufferedReader} whose {@link #readLine()} refuses a line longer than {@link #MAX_LINE} characters with a
 * {@link TradeFileProblems} naming the row, instead of growing one string until the heap is gone (a file with no
 * line breaks at all). Line ends as BufferedReader: LF, CR or CR LF.
 */
final class BoundedLineReader extends BufferedReader {

	static final int MAX_LINE = 1 << 16;

	private final Reader source;
	private final char[] buffer = new char[1 << 16];
	private int position;
	private int limit;
	private boolean skipLf;
	private long lines;

	BoundedLineReader(Reader source) {
		super(source, 1);
		this.source = source;
	}

	@Override
	public @Nullable String readLine() throws IOException {
		StringBuilder line = null;
		while (true) {
			if (position >= limit) {
				limit = source.read(buffer, 0, buffer.length);
				position = 0;
				if (limit <= 0) {
					limit = 0;
					if (line == null) {
						return null;
					}
					lines++;
					return line.toString();
				}
			}
			if (skipLf) {
				skipLf = false;
				if (buffer[position] == '\n') {
					position++;
					continue;
				}
			}
			int start = position;
			while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
				position++;
			}
			int length = position - start;
			if ((line == null ? 0 : line.length()) + length > MAX_LINE) {
				throw new TradeFileProblems("Row " + (lines + 1) + " is longer than " + MAX_LINE
						+ " characters; nothing was imported.",
						List.of(new RowProblem(lines + 1, "row", "is longer than " + MAX_LINE + " characters")));
			}
			if (position < limit) {
				char end = buffer[position++];
				skipLf = end == '\r';
				lines++;
				if (line == null) {
					return new String(buffer, start, length);
				}
				return line.append(buffer, start, length).toString();
			}
			if (line == null) {
				line = new StringBuilder(Math.max(16, length * 2));
			}
			line.append(buffer, start, length);
		}
	}

	@Override
	public int read() throws IOException {
		throw new UnsupportedOperationException("read lines with readLine()");
	}

	@Override
	public void close() throws IOException {
		source.close();
	}
}
