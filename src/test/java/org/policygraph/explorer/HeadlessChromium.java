package org.policygraph.explorer;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The system's Chromium in headless mode, driven through the system's chromedriver (Debian packages {@code chromium}
 * and {@code chromium-driver}, which {@code .ci/run} installs). Both paths are given to Selenium explicitly, so
 * Selenium Manager never runs and nothing is downloaded; {@code -Dchromium.binary=} and {@code -Dchromium.driver=}
 * point elsewhere.
 */
final class HeadlessChromium {

	private static final String BINARY = System.getProperty("chromium.binary", "/usr/bin/chromium");

	private static final String DRIVER = System.getProperty("chromium.driver", "/usr/bin/chromedriver");

	private HeadlessChromium() {
	}

	/** Starts a browser with a 1400×1500 window; a missing browser or driver fails with what to install. */
	static ChromeDriver start() {
		requireExecutable(BINARY, "chromium.binary", "chromium");
		requireExecutable(DRIVER, "chromium.driver", "chromium-driver");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
			.usingAnyFreePort()
			.withTimeout(Duration.ofSeconds(30))
			.build();
		ChromeDriver browser = new ChromeDriver(service, options());
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(10));
		return browser;
	}

	private static ChromeOptions options() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY);
		// --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
		options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=1400,1500", "--hide-scrollbars", "--no-first-run", "--disable-extensions"));
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		return options;
	}

	private static void requireExecutable(String path, String property, String debianPackage) {
		assertThat(Files.isExecutable(Path.of(path)))
			.as("%s is not an executable file: install the Debian packages chromium and chromium-driver "
					+ "(`apt-get install chromium chromium-driver`, as .ci/run does) or give its path with -D%s=…; "
					+ "this test needs %s", path, property, debianPackage)
			.isTrue();
	}

}
