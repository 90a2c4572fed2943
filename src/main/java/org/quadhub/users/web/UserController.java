package org.quadhub.users.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.quadhub.shared.Actor;
import org.quadhub.users.CreateUser;
import org.quadhub.users.UserInfo;
import org.quadhub.users.Users;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Accounts and roles (AUTHORITY only)")
class UserController {

	private final Users users;

	UserController(Users users) {
		this.users = users;
	}

	@PostMapping
	@Operation(summary = "Create a user", description = "A PARTNER user must name its organisationId; an AGENCY user may "
			+ "name its agency (a code such as FBR) and then decides that agency's approval steps.")
	ResponseEntity<UserInfo> create(@Parameter(hidden = true) Actor actor, @RequestBody CreateUser command) {
		UserInfo created = users.create(actor, command);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri())
			.body(created);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read one user")
	UserInfo find(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		return users.find(actor, id);
	}

	@GetMapping
	@Operation(summary = "List users")
	List<UserInfo> list(@Parameter(hidden = true) Actor actor) {
		return users.list(actor);
	}
}
