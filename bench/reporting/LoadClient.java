import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop load on loopback: CLIENTS threads each send GETs back to back until REQUESTS have been measured
 * (after WARMUP unmeasured ones), then prints median, P90, P99 and max latency. Bounded in count; stops by itself.
 *
 * java bench/reporting/LoadClient.java URL USER PASSWORD CLIENTS REQUESTS [WARMUP]
 */
public class LoadClient {

	public static void main(String[] args) throws Exception {
		URI uri = URI.create(args[0]);
		if (!"localhost".equals(uri.getHost()) && !uri.getHost().startsWith("127.")) {
			throw new IllegalArgumentException("loopback only");
		}
		String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes());
		int clients = Integer.parseInt(args[3]);
		int requests = Integer.parseInt(args[4]);
		int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 200;
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", auth).timeout(Duration.ofSeconds(30))
			.GET().build();
		for (int i = 0; i < warmup; i++) {
			HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (r.statusCode() != 200) {
				throw new IllegalStateException("HTTP " + r.statusCode());
			}
		}
		AtomicInteger left = new AtomicInteger(requests);
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				while (left.getAndDecrement() > 0) {
					long t0 = System.nanoTime();
					HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
					latencies.add(System.nanoTime() - t0);
					if (r.statusCode() != 200) {
						throw new IllegalStateException("HTTP " + r.statusCode());
					}
				}
				return null;
			}));
		}
		for (Future<?> f : futures) {
			f.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf("%s: %d requests, %d clients, %.1f req/s, median %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
				uri.getPath(), sorted.size(), clients, sorted.size() / seconds, ms(sorted, 0.5), ms(sorted, 0.9),
				ms(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
	}

	private static double ms(List<Long> sorted, double q) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
	}
}
