package org.quadhub.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny OpenID Connect provider inside the test JVM: discovery document, JWKS, an authorization endpoint that
 * signs the user in at once (with the claims the test set) and redirects back with a code, and a token endpoint that
 * checks the code and the client secret and answers with an ID token and an access token signed by its RSA key.
 */
final class TestIssuer implements AutoCloseable {

	static final String CLIENT_ID = "quadhub-test-client";

	static final String CLIENT_SECRET = "quadhub-test-secret";

	private final HttpServer server;

	private final RSAKey key;

	private final String issuer;

	private final Map<String, Grant> grants = new ConcurrentHashMap<>();

	private final AtomicInteger discoveryRequests = new AtomicInteger();

	private volatile Map<String, Object> nextLogin = Map.of();

	private record Grant(String nonce, String redirectUri, Map<String, Object> claims) {
	}

	private TestIssuer() {
		try {
			key = new RSAKeyGenerator(2048).keyID("test-key-1").generate();
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/quadhub";
		server.createContext("/realms/quadhub/.well-known/openid-configuration", this::discovery);
		server.createContext("/realms/quadhub/jwks", exchange -> send(exchange, 200,
				new JWKSet(key.toPublicJWK()).toString(), null));
		server.createContext("/realms/quadhub/authorize", this::authorize);
		server.createContext("/realms/quadhub/token", this::token);
		server.start();
	}

	static TestIssuer start() {
		return new TestIssuer();
	}

	String issuer() {
		return issuer;
	}

	int discoveryRequests() {
		return discoveryRequests.get();
	}

	/** The claims the next user to sign in at the authorization endpoint gets (besides iss, aud, sub, times). */
	void nextLogin(Map<String, Object> claims) {
		nextLogin = Map.copyOf(claims);
	}

	/** An access token from this issuer for QuadHub, valid for five minutes, with these claims on top. */
	String token(Map<String, Object> claims) {
		return sign(key, standardClaims(claims));
	}

	/** A token with these claims exactly as given (no defaults), signed by the given key. */
	static String sign(RSAKey signingKey, Map<String, Object> claims) {
		try {
			JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
			claims.forEach((name, value) -> builder.claim(name,
					value instanceof Instant instant ? Date.from(instant) : value));
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
					builder.build());
			jwt.sign(new RSASSASigner(signingKey));
			return jwt.serialize();
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	/** iss, aud, sub, iat and exp as this issuer would set them, overridden by the given claims. */
	Map<String, Object> standardClaims(Map<String, Object> claims) {
		Map<String, Object> all = new LinkedHashMap<>();
		Instant now = Instant.now();
		all.put("iss", issuer);
		all.put("aud", List.of(CLIENT_ID));
		all.put("sub", "subject-" + UUID.randomUUID());
		all.put("iat", now);
		all.put("exp", now.plusSeconds(300));
		all.putAll(claims);
		return all;
	}

	private void discovery(HttpExchange exchange) throws IOException {
		discoveryRequests.incrementAndGet();
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("issuer", issuer);
		metadata.put("authorization_endpoint", issuer + "/authorize");
		metadata.put("token_endpoint", issuer + "/token");
		metadata.put("jwks_uri", issuer + "/jwks");
		metadata.put("end_session_endpoint", issuer + "/logout");
		metadata.put("response_types_supported", List.of("code"));
		metadata.put("subject_types_supported", List.of("public"));
		metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
		metadata.put("scopes_supported", List.of("openid", "profile", "email"));
		metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
		metadata.put("grant_types_supported", List.of("authorization_code"));
		send(exchange, 200, JSONObjectUtils.toJSONString(metadata), null);
	}

	private void authorize(HttpExchange exchange) throws IOException {
		Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
		if (!CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))) {
			send(exchange, 400, "{\"error\":\"invalid_request\"}", null);
			return;
		}
		String code = UUID.randomUUID().toString();
		grants.put(code, new Grant(query.getOrDefault("nonce", ""), query.get("redirect_uri"), nextLogin));
		String location = query.get("redirect_uri") + "?code=" + code + "&state="
				+ URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
		send(exchange, 302, "", location);
	}

	private void token(HttpExchange exchange) throws IOException {
		Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		String expected = "Basic " + Base64.getEncoder()
			.encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
		if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			send(exchange, 401, "{\"error\":\"invalid_client\"}", null);
			return;
		}
		Grant grant = grants.remove(body.getOrDefault("code", ""));
		if (!"authorization_code".equals(body.get("grant_type")) || grant == null
				|| !grant.redirectUri().equals(body.get("redirect_uri"))) {
			send(exchange, 400, "{\"error\":\"invalid_grant\"}", null);
			return;
		}
		Map<String, Object> idClaims = new HashMap<>(grant.claims());
		idClaims.put("nonce", grant.nonce());
		idClaims.put("azp", CLIENT_ID);
		Map<String, Object> idToken = standardClaims(idClaims);
		Map<String, Object> accessClaims = new HashMap<>(grant.claims());
		accessClaims.put("sub", idToken.get("sub"));
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("access_token", token(accessClaims));
		response.put("token_type", "Bearer");
		response.put("expires_in", 300);
		response.put("scope", "openid profile email");
		response.put("id_token", sign(key, idToken));
		send(exchange, 200, JSONObjectUtils.toJSONString(response), null);
	}

	private static Map<String, String> form(String raw) {
		Map<String, String> values = new HashMap<>();
		if (raw == null || raw.isEmpty()) {
			return values;
		}
		for (String pair : raw.split("&")) {
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			values.put(name, value);
		}
		return values;
	}

	private static void send(HttpExchange exchange, int status, String body, String location) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		if (location != null) {
			exchange.getResponseHeaders().add("Location", location);
		}
		if (status != 302) {
			exchange.getResponseHeaders().add("Content-Type", "application/json");
		}
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
		exchange.close();
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
