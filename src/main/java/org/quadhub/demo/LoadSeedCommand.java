package org.quadhub.demo;

import org.quadhub.QuadHubApplication;
import org.quadhub.shared.CommandLineTool;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar quadhub.jar seed-load --data-dir DIR [--organisations 2000] [--quads 50] [--months 120] [--port P]}:
 * fills an
 * embedded database with a realistic programme for load tests (demo data, 2,000 organisations, 50 established QUADs
 * with ten years of accepted monthly reports each, approval cases, partner users), then stops. Refuses an external
 * database: synthetic data never goes into a real registry. Idempotent: a second run on a seeded directory does
 * nothing. With {@code --port} the application keeps serving on that loopback port after seeding (one start-up
 * instead of two for a load run) until it is stopped. See bench/load/README.md.
 */
public final class LoadSeedCommand implements CommandLineTool {

	@Override
	public String name() {
		return "seed-load";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--") || i + 1 >= args.size()) {
				err.println("usage: seed-load --data-dir DIR [--organisations N] [--quads N] [--months N] [--port P]");
				return 2;
			}
			options.put(arg.substring(2), args.get(++i));
		}
		String dir = options.get("data-dir");
		if (dir == null || dir.isBlank()) {
			err.println("seed-load: --data-dir DIR is required (an embedded PostgreSQL data directory)");
			return 2;
		}
		String external = System.getenv("QUADHUB_DB_URL");
		if (external != null && !external.isBlank()) {
			err.println("seed-load: refusing to seed an external database (QUADHUB_DB_URL is set); "
					+ "load-test data goes only into an embedded data directory");
			return 2;
		}
		LoadSeed.Size size;
		try {
			size = new LoadSeed.Size(Integer.parseInt(options.getOrDefault("organisations", "2000")),
					Integer.parseInt(options.getOrDefault("quads", "50")),
					Integer.parseInt(options.getOrDefault("months", "120")));
		}
		catch (NumberFormatException e) {
			err.println("seed-load: " + e.getMessage());
			return 2;
		}
		if (size.organisations() < 4 * size.quads() || size.quads() < 1 || size.months() < 1 || size.months() > 120) {
			err.println("seed-load: need quads >= 1, organisations >= 4 x quads, 1 <= months <= 120");
			return 2;
		}
		String port = options.getOrDefault("port", "0");
		if (!port.matches("\\d{1,5}")) {
			err.println("seed-load: --port must be a port number");
			return 2;
		}
		long start = System.nanoTime();
		SpringApplication application = new SpringApplication(QuadHubApplication.class);
		application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
		ConfigurableApplicationContext context = application.run("--quadhub.demo=true",
				"--quadhub.db.embedded-dir=" + Path.of(dir).toAbsolutePath(), "--server.port=" + port,
				"--server.address=127.0.0.1");
		CountDownLatch closed = new CountDownLatch(1);
		context.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
			if (event instanceof ContextClosedEvent) {
				closed.countDown();
			}
		});
		long booted = System.nanoTime();
		out.printf("seed-load: application started in %.1f s%n", (booted - start) / 1e9);
		try {
			LoadSeed.Result result = context.getBean(LoadSeed.class).seed(size, out);
			out.printf("seed-load: %s in %.1f s (start-up excluded)%n", result, (System.nanoTime() - booted) / 1e9);
		}
		catch (RuntimeException e) {
			e.printStackTrace(err);
			context.close();
			return 1;
		}
		if ("0".equals(port)) {
			context.close();
			return 0;
		}
		out.println("seed-load: serving on http://127.0.0.1:" + port + " until stopped");
		out.flush();
		try {
			closed.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return 0;
	}
}
