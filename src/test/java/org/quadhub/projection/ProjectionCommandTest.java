package org.quadhub.projection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quadhub.shared.CommandLineTool;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line tool as the jar runs it (through the ServiceLoader), without Spring. */
class ProjectionCommandTest {

	static final String MINIMAL = """
			{ "horizonYears": 10, "trials": 20000, "seed": 7,
			  "launches": [ { "year": 1, "count": 50, "sector": "ELECTRIC_VEHICLES_AND_BATTERIES" } ],
			  "sectors": { "ELECTRIC_VEHICLES_AND_BATTERIES": {
			      "successProbability": 0.6,
			      "peakExportsUsd": { "type": "lognormal", "median": 2e9, "sigma": 0.8 },
			      "yearsToTarget": { "type": "fixed", "value": 5 },
			      "ramp": "LINEAR" } },
			  "thresholds": [ { "year": 10, "usd": 2e11 } ] }""";

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		CommandLineTool tool = CommandLineTool.named("projection").orElseThrow();
		return tool.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> read(Path file) throws Exception {
		return (Map<String, Object>) ProjectionJson.parse(Files.readString(file));
	}

	@Test
	@SuppressWarnings("unchecked")
	void writesTheResultContractForTheIssuesMinimalScenario() throws Exception {
		Path scenario = Files.writeString(dir.resolve("scenario.json"), MINIMAL);
		Path result = dir.resolve("out/result.json");

		assertThat(run("--scenario", scenario.toString(), "--out", result.toString())).isZero();

		Map<String, Object> json = read(result);
		List<Map<String, Object>> years = (List<Map<String, Object>>) json.get("years");
		assertThat(years).hasSize(10);
		assertThat(years.get(0)).containsEntry("year", 1);
		for (Map<String, Object> year : years) {
			for (String metric : List.of("exports", "netForex", "directJobs", "indirectJobs")) {
				assertThat((Map<String, Object>) year.get(metric)).containsOnlyKeys("mean", "p5", "p10", "p50", "p90",
						"p95");
			}
		}
		List<Map<String, Object>> thresholds = (List<Map<String, Object>>) json.get("thresholds");
		assertThat(thresholds).singleElement().satisfies(t -> {
			assertThat(((Number) t.get("year")).intValue()).isEqualTo(10);
			assertThat(((Number) t.get("usd")).doubleValue()).isEqualTo(2e11);
			assertThat(((Number) t.get("probability")).doubleValue()).isBetween(0.0, 1.0);
		});
		Map<String, Object> year10 = (Map<String, Object>) years.get(9).get("exports");
		double mean = ((Number) year10.get("mean")).doubleValue();
		// 50 x 0.6 x 2e9 x e^(0.32) = 82.6 bn; the standard error at 20,000 trials is about 0.16 bn.
		assertThat(mean).isBetween(81e9, 84e9);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("P(exports in year 10 >= USD 200.0 bn)");
	}

	@Test
	void sameSeedGivesTheSameFileOnOneOrTwoThreadsAndOptionsOverrideTheScenario() throws Exception {
		Path scenario = Files.writeString(dir.resolve("scenario.json"), MINIMAL);
		Path one = dir.resolve("one.json");
		Path two = dir.resolve("two.json");
		Path other = dir.resolve("other.json");
		assertThat(run("--scenario", scenario.toString(), "--out", one.toString(), "--threads", "1", "--trials", "5000",
				"--seed", "11")).isZero();
		assertThat(run("--scenario", scenario.toString(), "--out", two.toString(), "--threads", "2", "--trials", "5000",
				"--seed", "11")).isZero();
		assertThat(run("--scenario", scenario.toString(), "--out", other.toString(), "--trials", "5000", "--seed",
				"12")).isZero();
		assertThat(Files.readString(two)).isEqualTo(Files.readString(one));
		assertThat(Files.readString(other)).isNotEqualTo(Files.readString(one));
		assertThat(read(one)).containsEntry("trials", 5000).containsEntry("seed", 11);
	}

	@Test
	void namesTheWrongFieldAndWritesNothingForAnInvalidScenario() throws Exception {
		Path scenario = Files.writeString(dir.resolve("bad.json"), MINIMAL.replace("\"sigma\": 0.8", "\"sigma\": -1"));
		Path result = dir.resolve("result.json");
		assertThat(run("--scenario", scenario.toString(), "--out", result.toString())).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8))
			.contains("sectors.ELECTRIC_VEHICLES_AND_BATTERIES.peakExportsUsd.sigma");
		assertThat(result).doesNotExist();
	}

	@Test
	void explainsUsageMistakes() {
		List<Integer> codes = new ArrayList<>();
		codes.add(run("--scenario", "x.json"));
		codes.add(run("--out", "x.json"));
		codes.add(run("--scenario", dir.resolve("missing.json").toString(), "--out", "r.json"));
		codes.add(run("--scenario", "x.json", "--out", "r.json", "--trials", "many"));
		assertThat(codes).containsOnly(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: projection");
	}

	@Test
	void runsAShippedPreset() throws Exception {
		Path result = dir.resolve("oped.json");
		assertThat(run("--preset", "op-ed", "--out", result.toString(), "--trials", "200")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("P(exports in year 10 >= USD 200.0 bn) = 1.0000");
	}
}
