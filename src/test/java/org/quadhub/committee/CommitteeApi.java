package org.quadhub.committee;

import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Drives the committee API through MockMvc as the admin or as given users; used by the committee's tests. */
public final class CommitteeApi {

	public static final String BASE = "/api/v1/committee";

	private final MockMvc mvc;
	private final JsonMapper json;
	private final Fixtures fixtures;

	public CommitteeApi(MockMvc mvc, JsonMapper json, Fixtures fixtures) {
		this.mvc = mvc;
		this.json = json;
		this.fixtures = fixtures;
	}

	ResultActions call(MockHttpServletRequestBuilder request, String user, String password, Object body)
			throws Exception {
		return mvc.perform(request.with(httpBasic(user, password)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	public ResultActions asAdmin(MockHttpServletRequestBuilder request, Object body) throws Exception {
		return call(request, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, body);
	}

	ResultActions as(String user, MockHttpServletRequestBuilder request, Object body) throws Exception {
		return call(request, user, Fixtures.PASSWORD, body);
	}

	ResultActions getAs(String user, String path) throws Exception {
		String password = Fixtures.ADMIN.equals(user) ? Fixtures.ADMIN_PASSWORD : Fixtures.PASSWORD;
		return mvc.perform(get(path).with(httpBasic(user, password)));
	}

	public JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	static Map<String, Object> meetingBody(String title, LocalDate date) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("date", date.toString());
		body.put("place", "Islamabad");
		body.put("coChairPakistan", "Minister for Planning");
		body.put("coChairChina", "Vice Chairman, NDRC");
		body.put("attendees", List.of(
				Map.of("name", "Secretary BOI", "side", "PK", "role", "Member"),
				Map.of("name", "Director, NDRC", "side", "CN", "role", "Member")));
		return body;
	}

	/** A new meeting (held on the given day) created by the admin; returns its id. */
	public long meeting(LocalDate date) throws Exception {
		JsonNode created = read(asAdmin(post(BASE + "/meetings"), meetingBody(Fixtures.unique("JCC meeting"), date))
			.andExpect(status().isCreated()));
		return created.get("id").asLong();
	}

	/** Draft minutes on a meeting; returns their version. */
	public long minutes(long meetingId, String text) throws Exception {
		JsonNode created = read(asAdmin(put(BASE + "/meetings/" + meetingId + "/minutes"), Map.of("text", text))
			.andExpect(status().isOk()));
		return created.get("version").asLong();
	}

	/** A fresh COMMITTEE user seated for the side (PK or CN). */
	public String member(String side) throws Exception {
		String username = fixtures.user(Role.COMMITTEE);
		asAdmin(put(BASE + "/members/" + username), Map.of("side", side, "title", "Member for " + side))
			.andExpect(status().isOk());
		return username;
	}

	public ResultActions sign(String user, long meetingId, Map<String, Object> body) throws Exception {
		return as(user, post(BASE + "/meetings/" + meetingId + "/minutes/sign"), body);
	}
}
