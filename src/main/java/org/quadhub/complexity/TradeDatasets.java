package org.quadhub.complexity;

import jakarta.annotation.PreDestroy;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.quadhub.complexity.calc.RowProblem;
import org.quadhub.complexity.calc.TradeTable;
import org.quadhub.complexity.data.ColumnMapping;
import org.quadhub.complexity.data.TradeFileProblems;
import org.quadhub.complexity.data.TradeFileReader;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Checks;
import org.quadhub.shared.Constraints;
import org.quadhub.shared.DomainProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Importing and listing trade datasets. An import reads and checks the whole file while the request waits (a bad
 * row rejects the file with every problem found, and nothing is stored), then stores the rows in the background:
 * the dataset is {@link DatasetStatus#STORING} with its progress until it is {@link DatasetStatus#READY}.
 * Importing takes the AUTHORITY role; every signed-in user reads datasets.
 */
@Service
public class TradeDatasets {

	private static final Logger log = LoggerFactory.getLogger(TradeDatasets.class);

	private final TradeDatasetStore store;
	private final Validator validator;
	private final Clock clock;
	private final ExecutorService storing = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "trade-dataset-import");
		t.setDaemon(true);
		return t;
	});

	private final ImportMeters meters;

	TradeDatasets(TradeDatasetStore store, Validator validator, Clock clock, ImportMeters meters) {
		this.meters = meters;
		this.store = store;
		this.validator = validator;
		this.clock = clock;
	}

	/** Imports a long file: one row per (year,) country, product and value, header names mapped by the command. */
	public TradeDataset importLong(Actor actor, ImportTradeDataset command, InputStream data) {
		checkCanImport(actor, command);
		ColumnMapping columns;
		try {
			columns = ColumnMapping.parse(command.columns());
		}
		catch (IllegalArgumentException e) {
			throw DomainProblem.invalid("columns", e.getMessage());
		}
		TradeTable table = read(() -> meters.read("LONG", data, in -> new TradeFileReader(true).readLong(in, columns)));
		return store(actor, command, "LONG", table);
	}

	/** Imports BACI's raw layout (t,i,j,k,v,q) with its country-code file; flows are summed over importers. */
	public TradeDataset importBaci(Actor actor, ImportTradeDataset command, InputStream data, InputStream countryCodes) {
		checkCanImport(actor, command);
		if (command.columns() != null && !command.columns().isBlank()) {
			throw DomainProblem.invalid("columns", "BACI's layout has fixed columns t,i,j,k,v,q; leave columns empty");
		}
		TradeTable table = read(
				() -> meters.read("BACI", data, in -> new TradeFileReader(true).readBaci(in, countryCodes)));
		return store(actor, command, "BACI", table);
	}

	public List<TradeDataset> list(Actor actor) {
		checkCanRead(actor);
		return store.all();
	}

	public TradeDataset find(Actor actor, long id) {
		checkCanRead(actor);
		return store.find(id).orElseThrow(() -> DomainProblem.notFound("Trade dataset", id));
	}

	private void checkCanImport(Actor actor, ImportTradeDataset command) {
		if (!actor.isAuthority()) {
			throw DomainProblem.forbidden("Only the coordinating authority imports trade datasets.");
		}
		Checks.valid(validator, command);
		if (store.nameTaken(command.name())) {
			throw duplicate(command.name());
		}
	}

	static void checkCanRead(Actor actor) {
		if (actor.isAnonymous()) {
			throw DomainProblem.forbidden("Sign in to see trade datasets.");
		}
	}

	private static TradeTable read(java.util.function.Supplier<TradeTable> reader) {
		try {
			return reader.get();
		}
		catch (TradeFileProblems problems) {
			List<DomainProblem.FieldProblem> errors = problems.problems().stream()
				.map(TradeDatasets::fieldProblem)
				.toList();
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "bad-trade-rows", "The trade file has bad rows",
					problems.getMessage(), errors);
		}
	}

	private static DomainProblem.FieldProblem fieldProblem(RowProblem p) {
		return p.row() <= 0 ? new DomainProblem.FieldProblem(p.field(), p.message())
				: new DomainProblem.FieldProblem("row " + p.row(), p.field() + ": " + p.message());
	}

	private TradeDataset store(Actor actor, ImportTradeDataset command, String layout, TradeTable table) {
		long[] id = new long[1];
		Constraints.writeOrConflict(() -> id[0] = store.create(command, layout, table, actor.username(), clock.instant()),
				() -> duplicate(command.name()));
		long datasetId = id[0];
		storing.execute(() -> {
			long started = System.nanoTime();
			long[] stored = new long[1];
			try {
				store.copyValues(datasetId, table, n -> {
					stored[0] = n;
					store.progress(datasetId, n);
				});
				store.ready(datasetId, stored[0], clock.instant());
				meters.stored(layout, true, stored[0], System.nanoTime() - started);
				log.info("Trade dataset {} ({}) stored: {} rows", datasetId, command.name(), stored[0]);
			}
			catch (Exception e) {
				log.error("Storing trade dataset {} failed", datasetId, e);
				meters.stored(layout, false, stored[0], System.nanoTime() - started);
				store.failed(datasetId, "Storing the rows failed: " + e.getMessage(), clock.instant());
			}
		});
		return store.find(datasetId).orElseThrow();
	}

	private static DomainProblem duplicate(String name) {
		return new DomainProblem(DomainProblem.Kind.CONFLICT, "duplicate-dataset", "Dataset name taken",
				"A trade dataset named '" + name.trim() + "' exists already; choose another name.");
	}

	/** Waits for pending imports to finish storing (used on shutdown). */
	@PreDestroy
	void shutdown() {
		storing.shutdown();
	}

	static @Nullable Integer yearOrNull(int year) {
		return year == TradeTable.SINGLE_PERIOD ? null : year;
	}
}
