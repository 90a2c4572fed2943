import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Open-model load generator for QuadHub (JDK only, single file): requests start at fixed intervals of 1/rate whatever
 * the answers do, and each latency is measured from the request's scheduled start, so a slow server cannot hide
 * its queueing (no coordinated omission). The mix is what the programme's users do: dashboards, QUAD lists, details
 * and performance, organisation search, agency queues, the public portal and open data, and about 15 % writes
 * (JSON monthly reports with an Idempotency-Key, organisation updates carrying the version just read, approval
 * officers taking steps). HTTP Basic as several users; loopback only.
 *
 * <pre>
 * java bench/load/LoadTest.java --base http://127.0.0.1:18080 [--rate 200] [--duration 60] [--warmup 15]
 *      [--p99-ms 250] [--sweep 200,300,400,600] [--sweep-seconds 20]
 * </pre>
 *
 * Prints achieved rate, counts by status, errors, p50/p90/p99/max per endpoint and overall. Exit code 1 when the
 * measured run has any error or its P99 is at or above --p99-ms; a sweep (after the measured run) only reports
 * where P99 crosses the limit or errors appear.
 */
public class LoadTest {

	static final String AUTHORITY = "authority:authority-demo-2026";
	static final String COMMITTEE = "committee:committee-demo-2026";
	static final String ZONE = "zone:zone-demo-2026";
	static final String PARTNER_PASSWORD = "load-partner-2026";
	static final String[] DESTINATIONS = { "AE", "SA", "DE", "GB", "US", "TR", "EG", "KE", "MY", "ID", "UZ", "QA" };
	static final String[] SEARCH_WORDS = { "battery", "electronics", "shenzhen", "lahore", "institute", "university",
			"solar", "precision", "biopharma", "hefei", "karachi", "materials", "systems", "agri" };

	final String base;
	/** For the setup's few calls. */
	final HttpClient http;
	/** For the measured requests. */
	final Wire wire;
	final Map<String, String> auth = new ConcurrentHashMap<>();

	// what the setup found
	final List<Long> quadIds = new ArrayList<>();
	final List<Long> orgIds = new ArrayList<>();
	final List<long[]> steps = new ArrayList<>(); // caseId, stepId
	final List<String> stepOfficers = new ArrayList<>();
	final List<PartnerQuad> partnerQuads = new ArrayList<>();
	final AtomicInteger orgCursor = new AtomicInteger();
	final Set<Integer> orgsInFlight = ConcurrentHashMap.newKeySet();

	record PartnerQuad(String user, long quadId, YearMonth first, YearMonth last, List<String> hsCodes) {
	}

	/** One weighted kind of request; it returns the future of the whole exchange (two calls for an update). */
	record Kind(String name, int weight, Supplier<CompletableFuture<Integer>> call) {
	}

	LoadTest(String base) {
		this.base = base;
		URI uri = URI.create(base);
		if (!"localhost".equals(uri.getHost()) && !uri.getHost().startsWith("127.")) {
			throw new IllegalArgumentException("loopback only: " + base);
		}
		ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
			Thread t = new Thread(r, "load-http");
			t.setDaemon(true);
			return t;
		});
		this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
			.connectTimeout(Duration.ofSeconds(5)).build();
		this.wire = new Wire(uri.getHost(), uri.getPort());
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> o = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		String base = o.getOrDefault("base", "http://127.0.0.1:18080");
		int rate = Integer.parseInt(o.getOrDefault("rate", "200"));
		int duration = Integer.parseInt(o.getOrDefault("duration", "60"));
		int warmup = Integer.parseInt(o.getOrDefault("warmup", "15"));
		double p99Limit = Double.parseDouble(o.getOrDefault("p99-ms", "250"));
		String sweep = o.getOrDefault("sweep", "");
		int sweepSeconds = Integer.parseInt(o.getOrDefault("sweep-seconds", "20"));

		LoadTest test = new LoadTest(base);
		test.setup();
		List<Kind> mix = test.mix();
		String only = o.get("only"); // diagnosis: only the kinds whose name contains this text
		if (only != null && !only.isEmpty()) {
			mix = mix.stream().filter(k -> k.name().contains(only)).toList();
		}
		System.out.printf(Locale.ROOT, "setup: %d QUADs, %d organisations, %d pending approval steps, %d partner "
				+ "users with QUADs%n", test.quadIds.size(), test.orgIds.size(), test.steps.size(), test.partnerQuads.size());
		if (warmup > 0) {
			// half of it at half the rate (start-up: the JIT compiles, pools fill), then at the measured rate, so
			// the measured minute is a server's steady state at that rate, not its first minute at it
			int gentle = Math.max(20, rate / 2);
			Result w = test.run(mix, gentle, warmup - warmup / 2);
			Result full = warmup / 2 > 0 ? test.run(mix, rate, warmup / 2) : null;
			System.out.printf(Locale.ROOT, "warm-up: %d s at %d/s then %d s at %d/s, %d requests, %d errors (not counted)%n",
					warmup - warmup / 2, gentle, warmup / 2, rate, w.total() + (full == null ? 0 : full.total()),
					w.errors() + (full == null ? 0 : full.errors()));
		}
		System.out.println("load: " + loadAverage());
		Result main = test.run(mix, rate, duration);
		System.out.println("load: " + loadAverage());
		main.print(String.format(Locale.ROOT, "Measured run: %d requests/s scheduled for %d s", rate, duration));
		boolean pass = main.errors() == 0 && main.overall().p(99) < p99Limit;
		System.out.printf(Locale.ROOT, "RESULT %s: %d requests, achieved %.1f/s, %d errors, P99 %.1f ms (limit %.0f ms)%n",
				pass ? "PASS" : "FAIL", main.total(), main.achieved(), main.errors(), main.overall().p(99), p99Limit);
		if (!sweep.isBlank()) {
			System.out.println();
			System.out.println("Saturation sweep (" + sweepSeconds + " s per rate; P99 limit " + p99Limit + " ms)");
			System.out.println("| scheduled/s | achieved/s | requests | errors | p50 ms | p90 ms | p99 ms | max ms | load average |");
			System.out.println("|---|---|---|---|---|---|---|---|---|");
			String saturation = null;
			for (String r : sweep.split(",")) {
				int sweepRate = Integer.parseInt(r.trim());
				Result s = test.run(mix, sweepRate, sweepSeconds);
				Stats all = s.overall();
				System.out.printf(Locale.ROOT, "| %d | %.1f | %d | %d | %.1f | %.1f | %.1f | %.1f | %s |%n", sweepRate,
						s.achieved(), s.total(), s.errors(), all.p(50), all.p(90), all.p(99), all.max(), loadAverage());
				if (saturation == null && (s.errors() > 0 || all.p(99) >= p99Limit)) {
					saturation = sweepRate + "/s (" + (s.errors() > 0 ? s.errors() + " errors" : "")
							+ (s.errors() > 0 && all.p(99) >= p99Limit ? ", " : "")
							+ (all.p(99) >= p99Limit ? String.format(Locale.ROOT, "P99 %.0f ms", all.p(99)) : "") + ")";
					if (all.p(99) >= 4 * p99Limit) {
						break; // far past saturation: more load only queues
					}
				}
			}
			System.out.println("SATURATION " + (saturation == null ? "not reached up to " + sweep.replaceAll(".*,", "") + "/s"
					: "first at " + saturation));
		}
		System.exit(pass ? 0 : 1);
	}

	static String loadAverage() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().replaceAll(" \\S+ \\S+$", "");
		}
		catch (Exception e) {
			return "n/a";
		}
	}

	// ------------------------------------------------------------------ setup (not measured)

	void setup() throws Exception {
		for (int i = 0; i < 120; i++) {
			try {
				int status = send(get("/actuator/health", null)).statusCode();
				if (status == 200) {
					break;
				}
				System.out.println("setup: health answered " + status + "; waiting");
			}
			catch (Exception e) {
				System.out.println("setup: health not reachable (" + e + "); waiting");
			}
			Thread.sleep(1000);
		}
		List<Object> quads = list(json(call(get("/api/v1/quads", AUTHORITY))));
		for (Object q : quads) {
			Map<String, Object> quad = map(q);
			quadIds.add(num(quad.get("id")));
		}
		for (int page = 0; page < 25; page++) {
			Map<String, Object> p = map(json(call(get("/api/v1/organisations?size=100&page=" + page, AUTHORITY))));
			for (Object org : list(p.get("content"))) {
				orgIds.add(num(map(org).get("id")));
			}
			if (page + 1 >= num(p.get("totalPages"))) {
				break;
			}
		}
		for (Object item : list(json(call(get("/api/v1/approvals/queue", AUTHORITY))))) {
			Map<String, Object> step = map(item);
			String agency = (String) step.get("agency");
			steps.add(new long[] { num(step.get("caseId")), num(step.get("stepId")) });
			String officer = "FBR".equals(agency) ? "agency:agency-demo-2026"
					: "officer-" + agency.toLowerCase(Locale.ROOT) + ":officer-demo-2026";
			stepOfficers.add(officer);
		}
		for (int n = 1; n <= 10; n++) {
			String user = String.format(Locale.ROOT, "load-partner-%02d", n);
			String credentials = user + ":" + PARTNER_PASSWORD;
			HttpResponse<String> mine = send(get("/api/v1/organisations", credentials));
			if (mine.statusCode() != 200) {
				continue;
			}
			long org = num(map(list(map(json(mine.body())).get("content")).get(0)).get("id"));
			for (Object q : quads) {
				Map<String, Object> quad = map(q);
				if (quad.get("establishedOn") == null) {
					continue;
				}
				Map<String, Object> details = map(json(call(get("/api/v1/quads/" + num(quad.get("id")), AUTHORITY))));
				boolean ours = map(details.get("partners")).values().stream().anyMatch(p -> num(map(p).get("id")) == org);
				if (ours) {
					List<String> codes = new ArrayList<>();
					for (Object hs : list(details.get("hsCodes"))) {
						codes.add(hs instanceof Map ? (String) map(hs).get("code") : String.valueOf(hs));
					}
					YearMonth first = YearMonth.from(LocalDate.parse((String) quad.get("establishedOn")));
					YearMonth last = YearMonth.now().minusMonths(1);
					if (!last.isBefore(first)) {
						partnerQuads.add(new PartnerQuad(user, num(quad.get("id")), first, last, codes));
					}
					break;
				}
			}
		}
		if (quadIds.isEmpty() || orgIds.size() < 100) {
			throw new IllegalStateException("not seeded: " + quadIds.size() + " QUADs, " + orgIds.size() + " organisations");
		}
	}

	// ------------------------------------------------------------------ the mix

	List<Kind> mix() {
		List<Kind> mix = new ArrayList<>();
		// reads, about 85 %
		mix.add(new Kind("GET /api/v1/dashboard", 10, () -> fetch("/api/v1/dashboard", pick(AUTHORITY, COMMITTEE))));
		mix.add(new Kind("GET /api/v1/quads", 8, () -> fetch("/api/v1/quads", pick(AUTHORITY, COMMITTEE, ZONE))));
		mix.add(new Kind("GET /api/v1/quads/{id}", 8, () -> fetch("/api/v1/quads/" + any(quadIds), AUTHORITY)));
		mix.add(new Kind("GET /api/v1/quads/{id}/performance", 10,
				() -> fetch("/api/v1/quads/" + any(quadIds) + "/performance", pick(AUTHORITY, COMMITTEE))));
		mix.add(new Kind("GET /api/v1/quads/{id}/reports", 4,
				() -> fetch("/api/v1/quads/" + any(quadIds) + "/reports", AUTHORITY)));
		mix.add(new Kind("GET /api/v1/organisations?q=", 10, () -> fetch("/api/v1/organisations?q="
				+ URLEncoder.encode(SEARCH_WORDS[ThreadLocalRandom.current().nextInt(SEARCH_WORDS.length)],
						StandardCharsets.UTF_8)
				+ (ThreadLocalRandom.current().nextBoolean() ? "&country=" + pick("PK", "CN") : "") + "&size=20",
				pick(AUTHORITY, COMMITTEE))));
		mix.add(new Kind("GET /api/v1/organisations/{id}", 5,
				() -> fetch("/api/v1/organisations/" + any(orgIds), AUTHORITY)));
		mix.add(new Kind("GET /api/v1/approvals/queue", 6, () -> fetch("/api/v1/approvals/queue",
				stepOfficers.isEmpty() ? "agency:agency-demo-2026" : any(stepOfficers))));
		mix.add(new Kind("GET /api/v1/approvals/metrics/agencies", 3,
				() -> fetch("/api/v1/approvals/metrics/agencies", pick(AUTHORITY, COMMITTEE))));
		mix.add(new Kind("GET /api/v1/approvals/inbox", 3,
				() -> fetch("/api/v1/approvals/inbox", pick("agency:agency-demo-2026", AUTHORITY))));
		mix.add(new Kind("GET / (public overview page)", 4, () -> fetch("/", null)));
		mix.add(new Kind("GET /public", 4, () -> fetch("/public", null)));
		mix.add(new Kind("GET /public/quads/{id}", 4, () -> fetch("/public/quads/" + any(publicQuads()), null)));
		mix.add(new Kind("GET /api/v1/public/overview", 3, () -> fetch("/api/v1/public/overview", null)));
		mix.add(new Kind("GET /open-data/quads.json", 2, () -> fetch("/open-data/quads.json", null)));
		mix.add(new Kind("GET /open-data/quads.csv", 2, () -> fetch("/open-data/quads.csv", null)));
		// writes, about 15 %
		if (!partnerQuads.isEmpty()) {
			mix.add(new Kind("POST /api/v1/quads/{id}/reports", 7, this::submitReport));
		}
		mix.add(new Kind("GET+PUT /api/v1/organisations/{id}", 5, this::updateOrganisation));
		if (!steps.isEmpty()) {
			mix.add(new Kind("POST /api/v1/approvals/cases/{id}/steps/{id}/assignee", 3, () -> {
				int i = ThreadLocalRandom.current().nextInt(steps.size());
				long[] s = steps.get(i);
				return submit("/api/v1/approvals/cases/" + s[0] + "/steps/" + s[1] + "/assignee", "",
						stepOfficers.get(i), null);
			}));
		}
		return mix;
	}

	List<Long> publicQuads() {
		return quadIds;
	}

	CompletableFuture<Integer> submitReport() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		PartnerQuad q = partnerQuads.get(random.nextInt(partnerQuads.size()));
		long span = q.first().until(q.last(), java.time.temporal.ChronoUnit.MONTHS);
		YearMonth month = q.first().plusMonths(random.nextLong(span + 1));
		StringBuilder body = new StringBuilder("{\"period\":\"").append(month).append("\",\"exportLines\":[");
		int lines = 5 + random.nextInt(6);
		List<String> used = new ArrayList<>();
		for (int i = 0; i < lines; i++) {
			String hs = q.hsCodes().get(random.nextInt(q.hsCodes().size()));
			String destination = DESTINATIONS[random.nextInt(DESTINATIONS.length)];
			if (used.contains(hs + destination)) {
				continue;
			}
			used.add(hs + destination);
			body.append(used.size() > 1 ? "," : "").append(String.format(Locale.ROOT,
					"{\"hsCode\":\"%s\",\"destination\":\"%s\",\"valueUsd\":%.2f,\"quantity\":%d,\"unit\":\"units\"}",
					hs, destination, 20_000 + random.nextDouble() * 400_000, 10 + random.nextInt(500)));
		}
		body.append("],\"employment\":[{\"category\":\"ENGINEERS\",\"jobs\":").append(40 + random.nextInt(20))
			.append(",\"women\":9},{\"category\":\"TECHNICIANS\",\"jobs\":").append(60 + random.nextInt(30))
			.append(",\"women\":14}],\"training\":[{\"programme\":\"Line operator certification\",\"peopleTrained\":")
			.append(10 + random.nextInt(30)).append(",\"women\":4}],\"productionValueUsd\":")
			.append(1_000_000 + random.nextInt(3_000_000)).append(",\"localContentShare\":0.35,\"publications\":1}");
		return submit("/api/v1/quads/" + q.quadId() + "/reports", body.toString(), q.user() + ":" + PARTNER_PASSWORD,
				UUID.randomUUID().toString());
	}

	/** Reads an organisation and writes it back with a new phone number and the version it read. */
	CompletableFuture<Integer> updateOrganisation() {
		int index;
		do {
			index = Math.floorMod(orgCursor.getAndIncrement(), orgIds.size());
		} while (!orgsInFlight.add(index));
		int slot = index;
		long id = orgIds.get(index);
		return wire.send("GET", "/api/v1/organisations/" + id, authorization(AUTHORITY), accept("/api/"), null, null, true)
			.thenCompose(read -> {
				if (read.status() != 200) {
					return CompletableFuture.completedFuture(read.status());
				}
				Map<String, Object> org = map(json(new String(read.body(), StandardCharsets.UTF_8)));
				Map<String, Object> command = new LinkedHashMap<>();
				for (String field : List.of("name", "nameZh", "nameUr", "country", "kind", "sectors", "capabilities",
						"city", "province", "website", "contactName", "contactEmail", "description", "active",
						"version", "nativeName")) {
					command.put(field, org.get(field));
				}
				command.put("contactPhone", "+92 51 " + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999)));
				return wire.send("PUT", "/api/v1/organisations/" + id, authorization(AUTHORITY), accept("/api/"),
						null, write(command).getBytes(StandardCharsets.UTF_8), false).thenApply(Wire.Answer::status);
			})
			.whenComplete((s, e) -> orgsInFlight.remove(slot));
	}

	// ------------------------------------------------------------------ the open-model run

	record Sample(String kind, long nanos, int status) {
	}

	Result run(List<Kind> mix, int rate, int seconds) throws InterruptedException {
		int totalWeight = mix.stream().mapToInt(Kind::weight).sum();
		Kind[] wheel = new Kind[totalWeight];
		int w = 0;
		for (Kind k : mix) {
			for (int i = 0; i < k.weight(); i++) {
				wheel[w++] = k;
			}
		}
		long count = (long) rate * seconds;
		long interval = 1_000_000_000L / rate;
		ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
		AtomicLong outstanding = new AtomicLong();
		long start = System.nanoTime() + 50_000_000L;
		for (long i = 0; i < count; i++) {
			long intended = start + i * interval;
			long wait;
			while ((wait = intended - System.nanoTime()) > 0) {
				LockSupport.parkNanos(wait);
			}
			Kind kind = wheel[ThreadLocalRandom.current().nextInt(wheel.length)];
			outstanding.incrementAndGet();
			CompletableFuture<Integer> f;
			try {
				f = kind.call().get();
			}
			catch (RuntimeException e) {
				f = CompletableFuture.failedFuture(e);
			}
			f.orTimeout(30, TimeUnit.SECONDS).whenComplete((status, error) -> {
				samples.add(new Sample(kind.name(), System.nanoTime() - intended, error != null ? -1 : status));
				outstanding.decrementAndGet();
			});
		}
		long scheduledEnd = System.nanoTime();
		while (outstanding.get() > 0 && System.nanoTime() - scheduledEnd < 35_000_000_000L) {
			Thread.sleep(20);
		}
		long end = System.nanoTime();
		return new Result(new ArrayList<>(samples), (end - start) / 1e9, seconds);
	}

	record Result(List<Sample> samples, double elapsed, int seconds) {

		long total() {
			return samples.size();
		}

		long errors() {
			return samples.stream().filter(s -> s.status() < 200 || s.status() >= 400).count();
		}

		double achieved() {
			return samples.stream().filter(s -> s.status() >= 200 && s.status() < 400).count() / elapsed;
		}

		Stats overall() {
			return new Stats(samples);
		}

		void print(String title) {
			System.out.println();
			System.out.println(title);
			System.out.printf(Locale.ROOT, "achieved %.1f successful requests/s over %.1f s; %d requests, %d errors%n",
					achieved(), elapsed, total(), errors());
			Map<Integer, Long> byStatus = new TreeMap<>();
			samples.forEach(s -> byStatus.merge(s.status(), 1L, Long::sum));
			System.out.println("by status: " + byStatus.toString().replace("-1=", "no answer="));
			System.out.println("| endpoint | requests | errors | p50 ms | p90 ms | p99 ms | max ms |");
			System.out.println("|---|---|---|---|---|---|---|");
			Map<String, List<Sample>> byKind = new TreeMap<>();
			samples.forEach(s -> byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s));
			byKind.forEach((kind, list) -> row(kind, list));
			row("**all**", samples);
		}

		static void row(String name, List<Sample> list) {
			Stats s = new Stats(list);
			long errors = list.stream().filter(x -> x.status() < 200 || x.status() >= 400).count();
			System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", name, list.size(), errors,
					s.p(50), s.p(90), s.p(99), s.max());
		}
	}

	static final class Stats {

		final long[] sorted;

		Stats(List<Sample> samples) {
			sorted = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
		}

		double p(double percentile) {
			if (sorted.length == 0) {
				return 0;
			}
			int rank = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
		}

		double max() {
			return sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6;
		}
	}

	// ------------------------------------------------------------------ HTTP helpers

	HttpRequest.Builder request(String path, String credentials, String idempotencyKey) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
			.header("Accept", accept(path));
		if (credentials != null) {
			b.header("Authorization", authorization(credentials));
		}
		if (idempotencyKey != null) {
			b.header("Idempotency-Key", idempotencyKey);
		}
		return b;
	}

	static String accept(String path) {
		return path.startsWith("/api/") || path.startsWith("/open-data") || path.startsWith("/actuator/")
				? "application/json, text/csv, */*"
				: "text/html";
	}

	String authorization(String credentials) {
		return credentials == null ? null : auth.computeIfAbsent(credentials,
				c -> "Basic " + Base64.getEncoder().encodeToString(c.getBytes(StandardCharsets.UTF_8)));
	}

	/** A measured GET: its status, the body read and dropped. */
	CompletableFuture<Integer> fetch(String path, String credentials) {
		return wire.send("GET", path, authorization(credentials), accept(path), null, null, false)
			.thenApply(Wire.Answer::status);
	}

	/** A measured JSON POST. */
	CompletableFuture<Integer> submit(String path, String body, String credentials, String idempotencyKey) {
		return wire.send("POST", path, authorization(credentials), accept(path), idempotencyKey,
				body.getBytes(StandardCharsets.UTF_8), false).thenApply(Wire.Answer::status);
	}

	HttpRequest get(String path, String credentials) {
		return request(path, credentials, null).GET().build();
	}

	HttpRequest post(String path, String body, String credentials, String idempotencyKey) {
		return request(path, credentials, idempotencyKey).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build();
	}

	HttpResponse<String> send(HttpRequest request) throws Exception {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	String call(HttpRequest request) throws Exception {
		HttpResponse<String> r = send(request);
		if (r.statusCode() != 200) {
			throw new IllegalStateException(request.uri() + " gave HTTP " + r.statusCode() + ": " + r.body());
		}
		return r.body();
	}

	@SafeVarargs
	static <T> T pick(T... options) {
		return options[ThreadLocalRandom.current().nextInt(options.length)];
	}

	static <T> T any(List<T> list) {
		return list.get(ThreadLocalRandom.current().nextInt(list.size()));
	}

	// ------------------------------------------------------------------ the measured requests' HTTP client

	/**
	 * Blocking HTTP/1.1 over kept-alive loopback sockets, one worker thread per request in flight. The generator
	 * shares the two cores with what it measures, and the JDK's asynchronous HttpClient cost about 2.3 ms of CPU a
	 * request (a quarter of the machine at 150/s); this costs a fraction of that. A request that finds its kept-alive
	 * socket closed by the server before any answer is sent again on a new socket, as browsers do.
	 */
	static final class Wire {

		record Answer(int status, byte[] body) {
		}

		private final String host;
		private final int port;
		private final byte[] hostHeader;
		private final java.util.concurrent.ConcurrentLinkedDeque<Connection> idle = new java.util.concurrent.ConcurrentLinkedDeque<>();
		private final java.util.concurrent.ThreadPoolExecutor workers;

		Wire(String host, int port) {
			this.host = host;
			this.port = port;
			this.hostHeader = ("Host: " + host + ":" + port + "\r\n").getBytes(StandardCharsets.US_ASCII);
			this.workers = new java.util.concurrent.ThreadPoolExecutor(1024, 1024, 10, TimeUnit.SECONDS,
					new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
						Thread t = new Thread(r, "load-wire");
						t.setDaemon(true);
						return t;
					});
			this.workers.allowCoreThreadTimeOut(true);
		}

		CompletableFuture<Answer> send(String method, String path, String authorization, String accept,
				String idempotencyKey, byte[] body, boolean keepBody) {
			StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
			head.append("Accept: ").append(accept).append("\r\n");
			if (authorization != null) {
				head.append("Authorization: ").append(authorization).append("\r\n");
			}
			if (idempotencyKey != null) {
				head.append("Idempotency-Key: ").append(idempotencyKey).append("\r\n");
			}
			if (body != null) {
				head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
			}
			byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
			return CompletableFuture.supplyAsync(() -> exchange(headBytes, body, keepBody), workers);
		}

		private Answer exchange(byte[] head, byte[] body, boolean keepBody) {
			Connection c = idle.pollFirst();
			boolean reused = c != null;
			try {
				if (c == null) {
					c = new Connection(host, port);
				}
				Answer answer = c.exchange(hostHeader, head, body, keepBody);
				if (c.open) {
					idle.offerFirst(c);
				}
				else {
					c.close();
				}
				return answer;
			}
			catch (java.io.IOException e) {
				if (c != null) {
					c.close();
				}
				if (reused && c.answerStarted == false) {
					return exchange(head, body, keepBody);
				}
				throw new java.io.UncheckedIOException(e);
			}
		}

		static final class Connection {

			final java.net.Socket socket;
			final java.io.InputStream in;
			final java.io.OutputStream out;
			boolean open = true;
			boolean answerStarted;

			Connection(String host, int port) throws java.io.IOException {
				socket = new java.net.Socket();
				socket.setTcpNoDelay(true);
				socket.connect(new java.net.InetSocketAddress(host, port), 5_000);
				socket.setSoTimeout(30_000);
				in = new java.io.BufferedInputStream(socket.getInputStream(), 1 << 16);
				out = new java.io.BufferedOutputStream(socket.getOutputStream(), 1 << 13);
			}

			Answer exchange(byte[] hostHeader, byte[] head, byte[] body, boolean keepBody) throws java.io.IOException {
				answerStarted = false;
				int firstLineEnd = indexOf(head, (byte) '\n') + 1;
				out.write(head, 0, firstLineEnd);
				out.write(hostHeader);
				out.write(head, firstLineEnd, head.length - firstLineEnd);
				if (body != null) {
					out.write(body);
				}
				out.flush();
				String statusLine = line();
				answerStarted = true;
				int status = Integer.parseInt(statusLine.substring(9, 12));
				long length = -1;
				boolean chunked = false;
				for (String header; !(header = line()).isEmpty();) {
					int colon = header.indexOf(':');
					if (colon < 0) {
						continue;
					}
					String name = header.substring(0, colon).trim();
					String value = header.substring(colon + 1).trim();
					if (name.equalsIgnoreCase("Content-Length")) {
						length = Long.parseLong(value);
					}
					else if (name.equalsIgnoreCase("Transfer-Encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
						chunked = true;
					}
					else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
						open = false;
					}
				}
				java.io.ByteArrayOutputStream kept = keepBody ? new java.io.ByteArrayOutputStream() : null;
				if (chunked) {
					for (long size; (size = Long.parseLong(line().split(";", 2)[0].trim(), 16)) > 0;) {
						body(size, kept);
						line();
					}
					while (!line().isEmpty()) {
						// trailers
					}
				}
				else if (length >= 0) {
					body(length, kept);
				}
				else {
					body(Long.MAX_VALUE, kept); // no length: the answer ends with the connection
					open = false;
				}
				return new Answer(status, kept == null ? new byte[0] : kept.toByteArray());
			}

			private final byte[] scratch = new byte[1 << 13];

			private void body(long size, java.io.ByteArrayOutputStream kept) throws java.io.IOException {
				long left = size;
				while (left > 0) {
					int n = in.read(scratch, 0, (int) Math.min(scratch.length, left));
					if (n < 0) {
						if (size == Long.MAX_VALUE) {
							return;
						}
						throw new java.io.EOFException("answer cut short");
					}
					if (kept != null) {
						kept.write(scratch, 0, n);
					}
					left -= n;
				}
			}

			private final StringBuilder lineBuffer = new StringBuilder(128);

			private String line() throws java.io.IOException {
				lineBuffer.setLength(0);
				for (int b; (b = in.read()) != '\n';) {
					if (b < 0) {
						throw new java.io.EOFException("connection closed");
					}
					if (b != '\r') {
						lineBuffer.append((char) b);
					}
				}
				return lineBuffer.toString();
			}

			private static int indexOf(byte[] bytes, byte b) {
				for (int i = 0; i < bytes.length; i++) {
					if (bytes[i] == b) {
						return i;
					}
				}
				return -1;
			}

			void close() {
				open = false;
				try {
					socket.close();
				}
				catch (java.io.IOException e) {
					// closing anyway
				}
			}
		}
	}

	// ------------------------------------------------------------------ minimal JSON

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object o) {
		return (Map<String, Object>) o;
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object o) {
		return (List<Object>) o;
	}

	static long num(Object o) {
		return ((Number) o).longValue();
	}

	static Object json(String text) {
		return new Parser(text).value();
	}

	static final class Parser {

		final String s;
		int i;

		Parser(String s) {
			this.s = s;
		}

		Object value() {
			skip();
			char c = s.charAt(i);
			if (c == '{') {
				Map<String, Object> m = new LinkedHashMap<>();
				i++;
				skip();
				if (s.charAt(i) == '}') {
					i++;
					return m;
				}
				while (true) {
					skip();
					String key = string();
					skip();
					i++; // :
					m.put(key, value());
					skip();
					if (s.charAt(i++) == '}') {
						return m;
					}
				}
			}
			if (c == '[') {
				List<Object> l = new ArrayList<>();
				i++;
				skip();
				if (s.charAt(i) == ']') {
					i++;
					return l;
				}
				while (true) {
					l.add(value());
					skip();
					if (s.charAt(i++) == ']') {
						return l;
					}
				}
			}
			if (c == '"') {
				return string();
			}
			if (s.startsWith("true", i)) {
				i += 4;
				return Boolean.TRUE;
			}
			if (s.startsWith("false", i)) {
				i += 5;
				return Boolean.FALSE;
			}
			if (s.startsWith("null", i)) {
				i += 4;
				return null;
			}
			int start = i;
			while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
				i++;
			}
			String n = s.substring(start, i);
			return n.contains(".") || n.contains("e") || n.contains("E") ? (Number) Double.valueOf(n)
					: (Number) Long.valueOf(n);
		}

		String string() {
			StringBuilder b = new StringBuilder();
			i++; // opening quote
			while (true) {
				char c = s.charAt(i++);
				if (c == '"') {
					return b.toString();
				}
				if (c == '\\') {
					char e = s.charAt(i++);
					switch (e) {
						case 'n' -> b.append('\n');
						case 't' -> b.append('\t');
						case 'r' -> b.append('\r');
						case 'b' -> b.append('\b');
						case 'f' -> b.append('\f');
						case 'u' -> {
							b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
							i += 4;
						}
						default -> b.append(e);
					}
				}
				else {
					b.append(c);
				}
			}
		}

		void skip() {
			while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
				i++;
			}
		}
	}

	static String write(Object o) {
		if (o == null) {
			return "null";
		}
		if (o instanceof String str) {
			StringBuilder b = new StringBuilder("\"");
			for (char c : str.toCharArray()) {
				switch (c) {
					case '"' -> b.append("\\\"");
					case '\\' -> b.append("\\\\");
					case '\n' -> b.append("\\n");
					case '\r' -> b.append("\\r");
					case '\t' -> b.append("\\t");
					default -> {
						if (c < 0x20) {
							b.append(String.format("\\u%04x", (int) c));
						}
						else {
							b.append(c);
						}
					}
				}
			}
			return b.append('"').toString();
		}
		if (o instanceof Map<?, ?> m) {
			StringBuilder b = new StringBuilder("{");
			Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
			while (it.hasNext()) {
				Map.Entry<?, ?> e = it.next();
				b.append(write(String.valueOf(e.getKey()))).append(':').append(write(e.getValue()));
				if (it.hasNext()) {
					b.append(',');
				}
			}
			return b.append('}').toString();
		}
		if (o instanceof List<?> l) {
			StringBuilder b = new StringBuilder("[");
			for (int k = 0; k < l.size(); k++) {
				b.append(k > 0 ? "," : "").append(write(l.get(k)));
			}
			return b.append(']').toString();
		}
		return String.valueOf(o);
	}
}
