package org.quadhub.complexity;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.quadhub.complexity.calc.TradeTable;
import org.quadhub.complexity.data.TradeFileProblems;
import org.quadhub.shared.DomainProblem;
import org.springframework.stereotype.Component;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Throughput of trade dataset imports: reading and checking the file (timer, bytes, rows read) and storing the
 * rows in the background (timer, rows stored), tagged by layout (LONG, BACI) and outcome only.
 */
@Component
class ImportMeters {

	private final MeterRegistry registry;

	ImportMeters(MeterRegistry registry) {
		this.registry = registry;
	}

	/** Reads a trade file through {@code reader}, counting the bytes it consumes and the rows it yields. */
	TradeTable read(String layout, InputStream data, Function<InputStream, TradeTable> reader) {
		Counting counted = new Counting(data);
		String outcome = "failed";
		long rows = 0;
		long started = System.nanoTime();
		try {
			TradeTable table = reader.apply(counted);
			rows = table.rowCount();
			outcome = "read";
			return table;
		}
		catch (DomainProblem | TradeFileProblems problem) {
			outcome = "rejected";
			throw problem;
		}
		finally {
			timer("quadhub.complexity.import.read", "Trade dataset imports: reading and checking the file", layout,
					outcome).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
			registry.counter("quadhub.complexity.import.bytes", "layout", layout, "outcome", outcome)
				.increment(counted.count);
			registry.counter("quadhub.complexity.import.rows", "layout", layout, "outcome", outcome).increment(rows);
		}
	}

	/** Records the background storing of one dataset's rows. */
	void stored(String layout, boolean ok, long rows, long nanos) {
		String outcome = ok ? "stored" : "failed";
		timer("quadhub.complexity.import.store", "Trade dataset imports: storing the rows", layout, outcome)
			.record(nanos, TimeUnit.NANOSECONDS);
		registry.counter("quadhub.complexity.import.stored.rows", "layout", layout, "outcome", outcome).increment(rows);
	}

	private Timer timer(String name, String description, String layout, String outcome) {
		return Timer.builder(name)
			.description(description)
			.tags("layout", layout, "outcome", outcome)
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(10))
			.maximumExpectedValue(Duration.ofMinutes(30))
			.register(registry);
	}

	/** Counts the bytes read through it. */
	private static final class Counting extends FilterInputStream {

		long count;

		Counting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			count += skipped;
			return skipped;
		}
	}
}
