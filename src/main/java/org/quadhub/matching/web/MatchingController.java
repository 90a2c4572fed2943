package org.quadhub.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.quadhub.matching.Matching;
import org.quadhub.matching.MatchingFacts;
import org.quadhub.matching.MatchingProfile;
import org.quadhub.matching.Pair;
import org.quadhub.matching.PairCommand;
import org.quadhub.matching.Place;
import org.quadhub.matching.PlaceCommand;
import org.quadhub.matching.ProfileCommand;
import org.quadhub.matching.ProposalRequest;
import org.quadhub.matching.Proposals;
import org.quadhub.matching.RunRequest;
import org.quadhub.matching.RunView;
import org.quadhub.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

@RestController
@RequestMapping("/api/v1/matching")
@Tag(name = "Matching", description = "Partner proposals for one product, and programme assignment runs")
class MatchingController {

	private final Matching matching;
	private final MatchingFacts facts;

	MatchingController(Matching matching, MatchingFacts facts) {
		this.matching = matching;
		this.facts = facts;
	}

	@PostMapping("/proposals")
	@Operation(summary = "Propose the top quartets for one product",
			description = "Body {productCategory, hsCodes[], requiredCapabilities[], zoneId?, zonePlace?, top?, weights?}."
					+ " AUTHORITY or COMMITTEE.")
	Proposals propose(@Parameter(hidden = true) Actor actor, @RequestBody ProposalRequest request) {
		return matching.propose(actor, request);
	}

	@PostMapping("/runs")
	@Operation(summary = "Start a programme assignment run (AUTHORITY)",
			description = "Body {slots[], weights?, timeLimitSeconds}; answers 202 with the run's Location to poll.")
	ResponseEntity<RunView> start(@Parameter(hidden = true) Actor actor, @RequestBody RunRequest request) {
		RunView run = matching.start(actor, request);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(run.id()).toUri())
			.body(run);
	}

	@GetMapping("/runs")
	@Operation(summary = "Recent runs, newest first")
	List<RunView> runs(@Parameter(hidden = true) Actor actor, @RequestParam(defaultValue = "20") int limit) {
		return matching.recentRuns(actor, limit);
	}

	@GetMapping("/runs/{id}")
	@Operation(summary = "A run: status, best score so far, progress, assignment with breakdowns, justifications")
	RunView run(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return matching.run(actor, id);
	}

	@PostMapping("/runs/{id}/stop")
	@Operation(summary = "Stop a solving run early; its best result so far is kept (AUTHORITY)")
	ResponseEntity<RunView> stop(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(matching.stop(actor, id));
	}

	@PostMapping("/runs/{id}/accept")
	@Operation(summary = "Accept a finished run: creates one PROPOSED QUAD per slot, all or none (AUTHORITY)",
			description = "Optional ?version= guards against accepting a run that changed since it was read.")
	RunView accept(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestParam(required = false) @Nullable Long version) {
		return matching.accept(actor, id, version);
	}

	@GetMapping("/organisations/{id}")
	@Operation(summary = "An organisation's matching profile: capacity, load, exclusion, pairs")
	MatchingProfile profile(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return facts.profile(actor, id);
	}

	@PutMapping("/organisations/{id}")
	@Operation(summary = "Set capacity and exclusion (AUTHORITY)", description = "Send the version you read; stale gives 409.")
	MatchingProfile saveProfile(@Parameter(hidden = true) Actor actor, @PathVariable long id,
			@RequestBody ProfileCommand command) {
		return facts.saveProfile(actor, id, command);
	}

	@GetMapping("/incompatible-pairs")
	List<Pair> incompatiblePairs(@Parameter(hidden = true) Actor actor) {
		return facts.incompatiblePairs(actor);
	}

	@PostMapping("/incompatible-pairs")
	@Operation(summary = "Mark two organisations as never to be in the same QUAD (AUTHORITY)")
	ResponseEntity<Void> addIncompatible(@Parameter(hidden = true) Actor actor, @RequestBody PairCommand command) {
		return facts.addIncompatiblePair(actor, command) ? ResponseEntity.status(HttpStatus.CREATED).build()
				: ResponseEntity.noContent().build();
	}

	@DeleteMapping("/incompatible-pairs")
	ResponseEntity<Void> removeIncompatible(@Parameter(hidden = true) Actor actor, @RequestParam long a,
			@RequestParam long b) {
		facts.removeIncompatiblePair(actor, a, b);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/collaborations")
	List<Pair> collaborations(@Parameter(hidden = true) Actor actor) {
		return facts.collaborations(actor);
	}

	@PostMapping("/collaborations")
	@Operation(summary = "Record that two organisations have worked together (AUTHORITY)")
	ResponseEntity<Void> addCollaboration(@Parameter(hidden = true) Actor actor, @RequestBody PairCommand command) {
		return facts.addCollaboration(actor, command) ? ResponseEntity.status(HttpStatus.CREATED).build()
				: ResponseEntity.noContent().build();
	}

	@DeleteMapping("/collaborations")
	ResponseEntity<Void> removeCollaboration(@Parameter(hidden = true) Actor actor, @RequestParam long a,
			@RequestParam long b) {
		facts.removeCollaboration(actor, a, b);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/places")
	List<Place> places(@Parameter(hidden = true) Actor actor) {
		return facts.places(actor);
	}

	@PutMapping("/places")
	@Operation(summary = "Add or correct a city or province with coordinates (AUTHORITY)")
	Place savePlace(@Parameter(hidden = true) Actor actor, @RequestBody PlaceCommand command) {
		return facts.savePlace(actor, command);
	}
}
