package org.quadhub.projection;

import org.quadhub.projection.engine.ProjectionEngine;
import org.quadhub.projection.engine.ProjectionResult;
import org.quadhub.projection.engine.Scenario;
import org.quadhub.projection.engine.ScenarioInvalid;
import org.quadhub.projection.engine.ScenarioReader;
import org.quadhub.shared.CommandLineTool;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code java -jar quadhub.jar projection --scenario FILE.json --out RESULT.json [--trials N] [--seed S]
 * [--threads T]}: runs a projection without the web server and writes the result JSON. {@code --preset ID} runs a
 * shipped preset instead of a file. Exit codes: 0 done, 1 invalid scenario (each wrong field on standard error),
 * 2 wrong usage or unreadable or unwritable file.
 */
public final class ProjectionCommand implements CommandLineTool {

	static final String USAGE = "usage: projection (--scenario FILE.json | --preset " + String.join("|", ProjectionPresets.IDS)
			+ ") --out RESULT.json [--trials N] [--seed S] [--threads T]";

	@Override
	public String name() {
		return "projection";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		String scenarioFile = null;
		String preset = null;
		String outFile = null;
		Long trials = null;
		Long seed = null;
		int threads = Runtime.getRuntime().availableProcessors();
		try {
			for (int i = 0; i < args.size(); i++) {
				String arg = args.get(i);
				if (arg.equals("--help") || arg.equals("-h")) {
					out.println(USAGE);
					return 0;
				}
				if (i + 1 >= args.size()) {
					return usage(err, "missing value after " + arg);
				}
				String value = args.get(++i);
				switch (arg) {
					case "--scenario" -> scenarioFile = value;
					case "--preset" -> preset = value;
					case "--out" -> outFile = value;
					case "--trials" -> trials = Long.parseLong(value);
					case "--seed" -> seed = Long.parseLong(value);
					case "--threads" -> threads = Integer.parseInt(value);
					default -> {
						return usage(err, "unknown option " + arg);
					}
				}
			}
		}
		catch (NumberFormatException e) {
			return usage(err, "--trials, --seed and --threads take whole numbers");
		}
		if ((scenarioFile == null) == (preset == null)) {
			return usage(err, "give --scenario FILE or --preset ID");
		}
		if (outFile == null) {
			return usage(err, "--out RESULT.json is required");
		}
		if (trials != null && (trials < 1 || trials > ScenarioReader.MAX_TRIALS)) {
			return usage(err, "--trials must be between 1 and " + ScenarioReader.MAX_TRIALS);
		}
		if (threads < 1 || threads > 256) {
			return usage(err, "--threads must be between 1 and 256");
		}
		Object json;
		if (preset != null) {
			var found = ProjectionPresets.find(preset);
			if (found.isEmpty()) {
				return usage(err, "no preset " + preset + "; presets: " + String.join(", ", ProjectionPresets.IDS));
			}
			json = found.get().scenario();
		}
		else {
			try {
				json = ProjectionJson.parse(Files.readString(Path.of(scenarioFile), StandardCharsets.UTF_8));
			}
			catch (IOException e) {
				err.println("cannot read " + scenarioFile + ": " + e.getMessage());
				return 2;
			}
			catch (IllegalArgumentException e) {
				err.println(scenarioFile + ": " + e.getMessage());
				return 1;
			}
		}
		Scenario scenario;
		try {
			scenario = ScenarioReader.read(json);
		}
		catch (ScenarioInvalid e) {
			err.println("invalid scenario:");
			e.errors().forEach(error -> err.println("  " + error.field() + ": " + error.message()));
			return 1;
		}
		scenario = scenario.withTrialsAndSeed(trials == null ? scenario.trials() : trials.intValue(),
				seed == null ? scenario.seed() : seed);
		long start = System.nanoTime();
		ProjectionResult result = ProjectionEngine.run(scenario, threads, null, null);
		double seconds = (System.nanoTime() - start) / 1e9;
		try {
			Path target = Path.of(outFile);
			if (target.getParent() != null) {
				Files.createDirectories(target.getParent());
			}
			Files.writeString(target, ProjectionJson.pretty(result), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			err.println("cannot write " + outFile + ": " + e.getMessage());
			return 2;
		}
		out.printf(Locale.ROOT, "%s: %d trials x %d QUADs x %d years, seed %d, %d thread(s), %.2f s%n",
				scenario.name(), scenario.trials(), result.quadCount(), scenario.horizonYears(), scenario.seed(),
				threads, seconds);
		result.thresholds().forEach(t -> out.printf(Locale.ROOT,
				"P(exports in year %d >= USD %.1f bn) = %.4f%n", t.year(), t.usd() / 1e9, t.probability()));
		ProjectionResult.Year last = result.years().get(result.years().size() - 1);
		out.printf(Locale.ROOT, "year %d exports: P10 %.1f, P50 %.1f, P90 %.1f USD bn%n", last.year(),
				last.exports().p10() / 1e9, last.exports().p50() / 1e9, last.exports().p90() / 1e9);
		out.println("wrote " + outFile);
		return 0;
	}

	private static int usage(PrintStream err, String problem) {
		err.println(problem);
		err.println(USAGE);
		return 2;
	}
}
