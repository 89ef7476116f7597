package org.policygraph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application with the {@code test} profile: one embedded Neo4j on a free port and a temporary store,
 * shared by every test class that uses this annotation (and no other context customisation) through Spring's
 * context cache, plus a {@code MockMvc}. Tests clear and seed the data they need themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
public @interface PolicyGraphIntegrationTest {

}
