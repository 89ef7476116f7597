package org.policygraph;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Guards the feature packages' one-way dependencies: cli → extraction, graph, query; query → graph → extraction. */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.policygraph");

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("org.policygraph.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void onlyTheHanlpPackageTouchesHanlp() {
		noClasses().that()
			.resideOutsideOfPackage("org.policygraph.extraction.hanlp..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.hankcs..")
			.check(CLASSES);
	}

	@Test
	void extractionKnowsNothingOfNeo4jSpringOrTheWeb() {
		noClasses().that()
			.resideInAnyPackage("org.policygraph.extraction..", "org.policygraph.document..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.neo4j..", "org.springframework..", "org.policygraph.graph..",
					"org.policygraph.query..", "org.policygraph.cli..")
			.check(CLASSES);
	}

	@Test
	void graphDoesNotReachIntoTheReadSideOrTheCommandLine() {
		noClasses().that()
			.resideInAPackage("org.policygraph.graph..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.policygraph.query..", "org.policygraph.cli..")
			.check(CLASSES);
	}

	@Test
	void queryDoesNotReachIntoTheCommandLineOrExtractionPipeline() {
		noClasses().that()
			.resideInAPackage("org.policygraph.query..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.policygraph.cli..", "org.policygraph.extraction.hanlp..",
					"org.policygraph.document..")
			.check(CLASSES);
	}

	@Test
	void cypherEndpointAndSecurityStayOutOfTheCommandLineAndTheOtherReadSide() {
		noClasses().that()
			.resideInAnyPackage("org.policygraph.cypher..", "org.policygraph.security..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.policygraph.cli..", "org.policygraph.query..", "org.policygraph.extraction..",
					"org.policygraph.document..")
			.check(CLASSES);
	}

	@Test
	void securityKnowsNothingOfNeo4j() {
		noClasses().that()
			.resideInAPackage("org.policygraph.security..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.neo4j..", "org.policygraph.graph..", "org.policygraph.cypher..")
			.check(CLASSES);
	}

}
