package org.quadhub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ReadModelTest {

	@Test
	void keepsTheModelWhileItsStampStaysAndRebuildsWhenItMoves() {
		ReadModel<String> model = new ReadModel<>(Duration.ofMinutes(1));
		AtomicInteger builds = new AtomicInteger();
		assertThat(model.get(1L, () -> "v" + builds.incrementAndGet())).isEqualTo("v1");
		assertThat(model.get(1L, () -> "v" + builds.incrementAndGet())).isEqualTo("v1");
		assertThat(model.get(2L, () -> "v" + builds.incrementAndGet())).as("a reader alone sees the change").isEqualTo("v2");
		assertThat(builds).hasValue(2);
	}

	@Test
	void pastItsMaximumAgeItIsServedOnceMoreWhileItIsRebuiltInTheBackground() throws InterruptedException {
		ReadModel<Integer> model = new ReadModel<>(Duration.ofMillis(300));
		AtomicInteger builds = new AtomicInteger();
		model.get("s", builds::incrementAndGet);
		Thread.sleep(350);
		assertThat(model.get("s", builds::incrementAndGet)).as("the aged model, not a wait").isEqualTo(1);
		long until = System.nanoTime() + 5_000_000_000L;
		int seen = 1;
		while (seen == 1 && System.nanoTime() < until) {
			Thread.sleep(5);
			seen = model.get("s", () -> 99);
		}
		assertThat(seen).as("the background rebuild is kept and served").isEqualTo(2);
		assertThat(builds).hasValue(2);
		assertThat(model.get("t", () -> 3)).as("a moved stamp is still rebuilt by the reader").isEqualTo(3);
	}

	@Test
	void readersDuringARebuildGetThePreviousModelInsteadOfWaitingOrBuildingAgain() throws Exception {
		ReadModel<String> model = new ReadModel<>(Duration.ofMinutes(1));
		model.get(1L, () -> "old");
		CountDownLatch building = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger builds = new AtomicInteger();
		CompletableFuture<String> rebuilder = CompletableFuture.supplyAsync(() -> model.get(2L, () -> {
			builds.incrementAndGet();
			building.countDown();
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return "new";
		}));
		assertThat(building.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(model.get(2L, () -> {
			builds.incrementAndGet();
			return "built twice";
		})).isEqualTo("old");
		release.countDown();
		assertThat(rebuilder.get(10, TimeUnit.SECONDS)).isEqualTo("new");
		assertThat(model.get(2L, () -> "built twice")).isEqualTo("new");
		assertThat(builds).hasValue(1);
	}

	@Test
	void concurrentFirstReadersWaitForOneBuild() throws Exception {
		ReadModel<String> model = new ReadModel<>(Duration.ofMinutes(1));
		AtomicInteger builds = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		CompletableFuture<?>[] readers = new CompletableFuture<?>[8];
		for (int i = 0; i < readers.length; i++) {
			readers[i] = CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				return model.get(7L, () -> {
					builds.incrementAndGet();
					try {
						Thread.sleep(50);
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
					return "built";
				});
			});
		}
		start.countDown();
		for (CompletableFuture<?> reader : readers) {
			assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo("built");
		}
		assertThat(builds).hasValue(1);
	}

	@Test
	void currentWaitsForTheRebuildOfAMovedStampInsteadOfServingTheEarlierModel() throws Exception {
		ReadModel<String> model = new ReadModel<>(Duration.ofMinutes(1));
		model.get(1L, () -> "v1");
		java.util.concurrent.CountDownLatch building = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		var rebuilder = pool.submit(() -> model.get(2L, () -> {
			building.countDown();
			try {
				release.await();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return "v2";
		}));
		building.await();
		assertThat(model.get(2L, () -> "other")).as("get: the earlier model meanwhile").isEqualTo("v1");
		var waiting = pool.submit(() -> model.current(2L, () -> "other"));
		Thread.sleep(100);
		assertThat(waiting).isNotDone();
		release.countDown();
		assertThat(rebuilder.get()).isEqualTo("v2");
		assertThat(waiting.get()).as("current: the rebuilt model, not a second build").isEqualTo("v2");
		pool.shutdown();
	}
}
