package org.quadhub.portal.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import org.quadhub.portal.OpenData;
import org.quadhub.portal.PublicPortal;
import org.quadhub.portal.PublicQuad;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-data files: every QUAD with the same fields in CSV (RFC 4180, UTF-8, header line) and JSON (an array of
 * objects), anonymous, cacheable for five minutes, with a strong ETag so that re-downloads can be conditional.
 */
@RestController
@Tag(name = "Open data", description = "Public open-data files of the QUAD programme (CC BY 4.0)")
class OpenDataController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private final PublicPortal portal;
	private final JsonMapper json;

	OpenDataController(PublicPortal portal, JsonMapper json) {
		this.portal = portal;
		this.json = json;
	}

	@GetMapping("/open-data/quads.csv")
	@Operation(summary = "Every QUAD as CSV", description = "Fields are documented on /public/open-data.")
	ResponseEntity<byte[]> csv() {
		byte[] body = OpenData.csv(portal.quads()).getBytes(StandardCharsets.UTF_8);
		return file(body, CSV, "quads.csv");
	}

	@GetMapping("/open-data/quads.json")
	@Operation(summary = "Every QUAD as JSON", description = "The same fields as the CSV file, one object per QUAD.")
	ResponseEntity<byte[]> json() {
		List<PublicQuad> quads = portal.quads();
		byte[] body = json.writeValueAsBytes(quads.stream().map(OpenData::row).toList());
		return file(body, MediaType.APPLICATION_JSON, "quads.json");
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CACHE)
			.eTag(etag(body))
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"")
			.header(HttpHeaders.LINK, "<" + OpenData.LICENCE_URL + ">; rel=\"license\", </public/open-data>; rel=\"describedby\"")
			.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
			.body(body);
	}

	private static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
