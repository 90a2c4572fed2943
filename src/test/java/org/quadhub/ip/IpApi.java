package org.quadhub.ip;

import org.quadhub.support.Fixtures;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** Drives the IP API through MockMvc as the admin or as given users; request bodies for the IP tests. */
final class IpApi {

	private final MockMvc mvc;
	private final JsonMapper json;

	IpApi(MockMvc mvc, JsonMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	ResultActions as(String user, MockHttpServletRequestBuilder request, Object body) throws Exception {
		return mvc.perform(request.with(httpBasic(user, password(user))).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	ResultActions get(String user, String path) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
			.with(httpBasic(user, password(user))));
	}

	JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private static String password(String user) {
		return Fixtures.ADMIN.equals(user) ? Fixtures.ADMIN_PASSWORD : Fixtures.PASSWORD;
	}

	static Map<String, Object> holder(Long organisationId, String name, String share) {
		Map<String, Object> h = new HashMap<>();
		if (organisationId != null) {
			h.put("organisationId", organisationId);
		}
		if (name != null) {
			h.put("name", name);
		}
		h.put("share", new java.math.BigDecimal(share));
		return h;
	}

	static Map<String, Object> agreement(List<Map<String, Object>> parties) {
		Map<String, Object> body = new HashMap<>();
		body.put("type", "JOINT_DEVELOPMENT");
		body.put("title", Fixtures.unique("Joint development of LFP cells"));
		body.put("parties", new ArrayList<>(parties));
		body.put("fieldOfUse", "Stationary storage and two-wheelers");
		body.put("territory", "Pakistan and China");
		body.put("royaltyTerms", "3% of net sales outside Pakistan");
		body.put("startDate", "2026-01-15");
		body.put("endDate", "2031-01-14");
		body.put("governingLaw", "Laws of Pakistan; arbitration in Singapore");
		return body;
	}

	static Map<String, Object> patent(String office, String number, LocalDate priority, LocalDate filing,
			List<Map<String, Object>> owners) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", "Battery thermal management module");
		body.put("office", office);
		body.put("applicationNumber", number);
		if (priority != null) {
			body.put("priorityDate", priority.toString());
		}
		body.put("filingDate", filing.toString());
		body.put("owners", new ArrayList<>(owners));
		return body;
	}

	static Map<String, Object> milestone(String title, LocalDate planned) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("plannedDate", planned.toString());
		return body;
	}
}
