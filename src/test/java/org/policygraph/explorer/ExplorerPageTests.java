package org.policygraph.explorer;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policygraph.SeedCorpus;
import org.policygraph.graph.GraphLoader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer page at {@code /} in a real headless Chromium against the app on a random port with the seed corpus:
 * search, graph, a click on a node, the evidence panel, the coverage area, and escaping of names from documents. The
 * real server needs a context of its own (the shared test context uses MockMvc); it is the only one of its kind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ExplorerPageTests {

	private static final String INDUSTRY = "Industry:智能家电";

	/** Stated in 001: 加强对周巷、观海卫等慈溪智能家电小镇建设，推动智能家电产业发展. */
	private static final String PARK = "Park:慈溪智能家电小镇";

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	GraphLoader loader;

	@BeforeAll
	static void startBrowser() {
		browser = HeadlessChromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void seed() {
		SeedCorpus.load(this.driver, this.loader);
	}

	@Test
	void searchOpensTheNeighbourhoodAndAClickedNodeShowsItsEvidence() throws IOException {
		open("");
		WebElement input = browser.findElement(By.id("search-input"));
		input.sendKeys("智能家电", Keys.ENTER);
		until().until(ExpectedConditions.elementToBeClickable(hit(INDUSTRY))).click();
		waitForHeading("智能家电");
		int nodesBefore = nodeCount();
		assertThat(nodesBefore).as("智能家电 with its park, enterprises, programme and documents").isGreaterThan(5);

		clickNode(PARK);
		waitForHeading("慈溪智能家电小镇");
		List<WebElement> marks = until().until(ExpectedConditions
			.numberOfElementsToBeMoreThan(By.cssSelector("#panel .evidence-list blockquote mark"), 0));
		assertThat(marks).extracting(WebElement::getText).contains("慈溪智能家电小镇");
		assertThat(browser.findElement(By.cssSelector("#panel .evidence-list blockquote")).getText())
			.contains("加强对周巷、观海卫等慈溪智能家电小镇建设");
		until().until((page) -> nodeCount() > nodesBefore);
		String coverage = coverageState();
		assertThat(coverage).as("the heat map, or the note on a server without /api/coverage")
			.isIn("ready", "unavailable");
		if (coverage.equals("ready")) {
			assertThat(coverage().findElements(By.cssSelector(".heatmap canvas"))).isNotEmpty();
			assertThat(coverage().findElements(By.cssSelector("table tbody tr"))).isNotEmpty();
		}
		assertThat(severeBrowserMessages()).isEmpty();
		screenshot(Path.of("target", "explorer.png"));
	}

	@Test
	void namesFromDocumentsAreShownAsTextNeverRunAsMarkup() {
		String name = "<img src=x onerror=\"window.pwned=1\">恶意企业";
		this.driver.executableQuery("""
				MATCH (i:Industry {name: '智能家电'}), (d:Document {id: '001_e4f206c805cd707a'})
				CREATE (e:Entity:Enterprise {name: $name, aliases: [$alias], aliasText: $alias})-[:IN_INDUSTRY
					{documentId: d.id, sentence: $sentence, start: 0, end: size($name)}]->(i)
				CREATE (d)-[:MENTIONS {count: 1, aliases: [$alias], merges: []}]->(e)
				""")
			.withParameters(Map.of("name", name, "alias", "</li><script>window.pwned=2</script>",
					"sentence", name + "的智能家电产品入选高端平台。"))
			.execute();
		open("#entity=" + URLEncoder.encode("Enterprise:" + name, StandardCharsets.UTF_8));
		waitForHeading(name);
		assertThat(browser.findElements(By.cssSelector("#panel img, #panel script"))).isEmpty();
		assertThat(browser.findElement(By.cssSelector("#panel .evidence-list mark")).getText()).isEqualTo(name);
		assertThat(browser.findElement(By.cssSelector("#panel .kind")).getText())
			.contains("</li><script>window.pwned=2</script>");
		assertThat(browser.executeScript("return window.pwned === undefined")).isEqualTo(true);
	}

	private void open(String hash) {
		browser.get("http://localhost:" + this.port + "/" + hash);
		until().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#legend li")));
	}

	private static WebDriverWait until() {
		return new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	private static By hit(String id) {
		return By.cssSelector("#results button[data-id='" + id + "']");
	}

	private static void waitForHeading(String text) {
		until().until(ExpectedConditions.textToBe(By.id("panel-heading"), text));
	}

	private static int nodeCount() {
		String counts = browser.findElement(By.id("graph-counts")).getText();
		return counts.matches("\\d+ nodes.*") ? Integer.parseInt(counts.substring(0, counts.indexOf(' '))) : 0;
	}

	/** Clicks where Cytoscape draws the node; Selenium's offsets count from the element's centre. */
	@SuppressWarnings("unchecked")
	private static void clickNode(String id) {
		WebElement graph = browser.findElement(By.id("graph"));
		Map<String, Number> position = (Map<String, Number>) browser
			.executeScript("return window.policyGraphExplorer.nodePosition(arguments[0])", id);
		assertThat(position).as("%s is drawn in the graph", id).isNotNull();
		int x = (int) Math.round(position.get("x").doubleValue() - graph.getSize().getWidth() / 2.0);
		int y = (int) Math.round(position.get("y").doubleValue() - graph.getSize().getHeight() / 2.0);
		new Actions(browser).moveToElement(graph, x, y).click().perform();
	}

	private static String coverageState() {
		until().until((page) -> !"loading".equals(coverage().getDomAttribute("data-state")));
		return coverage().getDomAttribute("data-state");
	}

	private static WebElement coverage() {
		return browser.findElement(By.id("coverage"));
	}

	/** Errors the page logged: script errors, refused content; a 404 of /api/coverage is an expected answer. */
	private static List<String> severeBrowserMessages() {
		return browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.filter((message) -> !message.contains("/api/coverage"))
			.toList();
	}

	private static void screenshot(Path target) throws IOException {
		Files.createDirectories(target.getParent());
		Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
	}

}
