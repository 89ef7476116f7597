package org.policygraph;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.policygraph.graph.TargetDatabase;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Guards the feature packages' one-way dependencies: cli → extraction, graph, query; the read-side features
 * (analytics, export) → query → graph → extraction, taking of graph only the {@link TargetDatabase}; ask → graph,
 * query and the public lexicon types of extraction; cypher → security, graph.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.policygraph");

	private static final String[] READ_SIDE_FEATURES = { "org.policygraph.analytics..", "org.policygraph.export.." };

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
	void readSideFeaturesBuildOnTheQueryPackageAndNothingBuildsOnThem() {
		noClasses().that()
			.resideInAnyPackage(READ_SIDE_FEATURES)
			.should()
			.dependOnClassesThat(resideInAnyPackage("org.policygraph.cli..", "org.policygraph.extraction.hanlp..",
					"org.policygraph.document..", "org.policygraph.graph..")
				.and(not(equivalentTo(TargetDatabase.class))))
			.check(CLASSES);
		noClasses().that()
			.resideInAnyPackage("org.policygraph.query..", "org.policygraph.graph..", "org.policygraph.extraction..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(READ_SIDE_FEATURES)
			.check(CLASSES);
	}

	@Test
	void askUsesOnlyTheGraphAndThePublicLexiconTypesOfExtraction() {
		noClasses().that()
			.resideInAPackage("org.policygraph.ask..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.policygraph.cli..", "org.policygraph.extraction.hanlp..",
					"org.policygraph.extraction.evaluation..", "org.policygraph.extraction.jsonl..",
					"org.policygraph.document..")
			.check(CLASSES);
	}

	@Test
	void nothingButTheCommandLineDependsOnAsk() {
		noClasses().that()
			.resideOutsideOfPackages("org.policygraph.ask..", "org.policygraph.cli..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.policygraph.ask..")
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
