package org.quadhub.shared;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * One computed read model (a dashboard, a QUAD's performance, the public overview) kept in memory and rebuilt by
 * one thread at a time (ADR 0026).
 * <ul>
 * <li>The caller passes a <em>stamp</em> that changes whenever what the model shows may have changed (a generation
 * counter moved by the writers, the month); a model built for an equal stamp and younger than {@code maxAge} is
 * served as it is.</li>
 * <li>When the stamp has moved, the first reader rebuilds it. Readers arriving while that rebuild runs get the
 * model from before it instead of queueing behind it or building it again: under a steady stream of writes a
 * read model is rebuilt at most back to back, by one thread, never once per reader. A reader with nothing in
 * hand (the first build) waits for it.</li>
 * <li>A reader who has just written and reads alone sees its write: nobody else is rebuilding, so it rebuilds.</li>
 * <li>A model whose stamp has not moved but which is older than {@code maxAge} (the age limit covers changes no
 * stamp sees, such as those made through another instance) is served once more while one background thread
 * rebuilds it: the periodic refresh of a costly model never holds up a request. If that rebuild fails, the model
 * is kept and the next reader past the age limit tries again.</li>
 * </ul>
 * The stamp is read before building, so a change that lands during a build moves the stamp past the built model
 * and the next reader rebuilds it.
 */
public final class ReadModel<V> {

	private record Built<V>(Object stamp, long builtAtNanos, V value) {
	}

	/** Rebuilds models that have only aged, one at a time, off the request threads. */
	private static final ExecutorService REFRESH = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "read-model-refresh");
		t.setDaemon(true);
		return t;
	});

	private static final System.Logger LOG = System.getLogger(ReadModel.class.getName());

	private final long maxAgeNanos;

	private final AtomicBoolean refreshing = new AtomicBoolean();

	private final ReentrantLock building = new ReentrantLock();

	private volatile @Nullable Built<V> built;

	/** A read model rebuilt when its stamp moves or it is older than {@code maxAge}. */
	public ReadModel(Duration maxAge) {
		this.maxAgeNanos = maxAge.toNanos();
	}

	/** The model for {@code stamp}: the kept one when it is current, else one built by {@code build}. */
	public V get(Object stamp, Supplier<V> build) {
		Objects.requireNonNull(stamp, "stamp");
		Built<V> b = built;
		if (b != null && fresh(b, stamp)) {
			return b.value();
		}
		if (b != null && b.stamp().equals(stamp)) {
			refreshInBackground(stamp, build);
			return b.value();
		}
		if (b != null) {
			if (!building.tryLock()) {
				return b.value(); // someone is rebuilding it right now: theirs will be the fresh one
			}
		}
		else {
			building.lock();
		}
		return buildLocked(stamp, build);
	}

	/**
	 * Like {@link #get}, but never the model of an earlier stamp: a reader arriving while it is rebuilt for a moved
	 * stamp waits for that rebuild. For models that other builds depend on (a build must not be kept with a fresh
	 * stamp but stale inputs) and whose stamp moves rarely. An aged model with an unchanged stamp is still served
	 * while it is refreshed in the background.
	 */
	public V current(Object stamp, Supplier<V> build) {
		Objects.requireNonNull(stamp, "stamp");
		Built<V> b = built;
		if (b != null && b.stamp().equals(stamp)) {
			return get(stamp, build);
		}
		building.lock();
		return buildLocked(stamp, build);
	}

	/**
	 * With {@code building} held (and released here): the model built for {@code stamp} by the thread this one
	 * waited for, else a new one.
	 */
	private V buildLocked(Object stamp, Supplier<V> build) {
		try {
			Built<V> b = built;
			if (b != null && b.stamp().equals(stamp)) {
				return b.value();
			}
			V value = build.get();
			built = new Built<>(stamp, System.nanoTime(), value);
			return value;
		}
		finally {
			building.unlock();
		}
	}

	private void refreshInBackground(Object stamp, Supplier<V> build) {
		if (!refreshing.compareAndSet(false, true)) {
			return;
		}
		try {
			REFRESH.execute(() -> {
				try {
					if (!building.tryLock()) {
						return; // a reader is rebuilding it for a moved stamp
					}
					try {
						Built<V> b = built;
						if (b != null && b.stamp().equals(stamp) && !fresh(b, stamp)) {
							built = new Built<>(stamp, System.nanoTime(), build.get());
						}
					}
					finally {
						building.unlock();
					}
				}
				catch (RuntimeException e) {
					LOG.log(System.Logger.Level.WARNING, "Refreshing a read model failed; the kept one is served", e);
				}
				finally {
					refreshing.set(false);
				}
			});
		}
		catch (RuntimeException e) {
			refreshing.set(false);
			throw e;
		}
	}

	private boolean fresh(Built<V> b, Object stamp) {
		return b.stamp().equals(stamp) && System.nanoTime() - b.builtAtNanos() < maxAgeNanos;
	}
}
