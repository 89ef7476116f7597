package org.policygraph.query;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Names with a slash over the real server (MockMvc bypasses Tomcat); shares the explorer test's context. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EncodedSlashesTests {

	private static final String NAME = "汽车/摩托车零部件";

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@AfterEach
	void removeEntity() {
		this.driver.executableQuery("MATCH (i:Industry {name: $name}) DETACH DELETE i")
			.withParameters(Map.of("name", NAME))
			.execute();
	}

	@Test
	void findsAnEntityWhoseNameHoldsASlash() throws Exception {
		this.driver.executableQuery("CREATE (:Entity:Industry {name: $name, aliases: [], aliasText: ''})")
			.withParameters(Map.of("name", NAME))
			.execute();
		HttpResponse<String> response = get("/api/entities/Industry:%E6%B1%BD%E8%BD%A6%2F%E6%91%A9%E6%89%98%E8%BD%A6"
				+ "%E9%9B%B6%E9%83%A8%E4%BB%B6");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"name\":\"" + NAME + "\"");
	}

	@Test
	void answersAnUnknownNameWithASlashWithAProblem() throws Exception {
		HttpResponse<String> response = get("/api/entities/Industry:a%2Fb");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
