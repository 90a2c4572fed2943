package org.quadhub.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/quadhub.jar}) as a child process on a database the test owns, started the
 * way an operator starts it ({@code java -jar} with {@code QUADHUB_DB_URL}/USER/PASSWORD), and killed with SIGKILL.
 */
final class ChildApp {

	static final String AUTHORITY = "authority";
	static final String AUTHORITY_PASSWORD = "authority-demo-2026";

	private final Path jar;
	private final Path logDir;
	private final String jdbcUrl;
	private final int port;
	private int starts;
	private Process process;
	private Path log;

	ChildApp(Path jar, Path logDir, String jdbcUrl) throws IOException {
		this.jar = jar;
		this.logDir = logDir;
		this.jdbcUrl = jdbcUrl;
		this.port = freePort();
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	String base() {
		return "http://localhost:" + port;
	}

	Process process() {
		return process;
	}

	Path log() {
		return log;
	}

	/**
	 * Starts the jar and waits until it is ready (start-up runners such as the demo data done) and healthy. Demo
	 * data gives the test established QUADs and the demo accounts; restarts run without it, as in production.
	 */
	void start(boolean demo) throws Exception {
		starts++;
		log = logDir.resolve("app-" + starts + ".log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
				"-Dquadhub.demo=" + demo, "-jar", jar.toString(), "--server.port=" + port,
				"--management.endpoint.health.probes.enabled=true",
				"--quadhub.db.pool-size=12", "--logging.level.org.quadhub.web.ProblemDetailsAdvice=warn"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		Map<String, String> env = builder.environment();
		env.put("QUADHUB_DB_URL", jdbcUrl);
		env.put("QUADHUB_DB_USER", "postgres");
		env.put("QUADHUB_DB_PASSWORD", "postgres");
		env.put("QUADHUB_ADMIN_PASSWORD", "reliability-admin-1");
		env.remove("QUADHUB_DEMO");
		process = builder.start();
		await("/actuator/health/readiness", Duration.ofSeconds(240));
		awaitHealthy(Duration.ofSeconds(30));
	}

	void awaitHealthy(Duration limit) throws Exception {
		await("/actuator/health", limit);
	}

	private void await(String path, Duration limit) throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new AssertionError("QuadHub exited with " + process.exitValue() + " during start-up; log: " + tail());
			}
			try {
				HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base() + path))
					.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("UP")) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("QuadHub did not become healthy within " + limit + "; log: " + tail());
	}

	/**
	 * {@link Process#destroyForcibly()}: on Linux the JDK sends SIGKILL, which the exit status confirms (128 + 9): the
	 * JVM gets no chance to run shutdown hooks, finish requests or close connections.
	 */
	int killHard() throws InterruptedException {
		process.destroyForcibly();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			throw new AssertionError("QuadHub survived SIGKILL");
		}
		return process.exitValue();
	}

	/** A normal stop (SIGTERM), for the end of the test. */
	void stop() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(40, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
	}

	String tail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException e) {
			return "(no log: " + e + ")";
		}
	}
}
