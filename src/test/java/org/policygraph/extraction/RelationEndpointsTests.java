package org.policygraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelationEndpointsTests {

	private static final Evidence EVIDENCE = new Evidence("x", "1 瓯海智造小微企业园 瓯海 鞋业", 0, 17);

	@Test
	void pointsACellAtTheEntityItIsAnAliasOfAndAddsTheUnknown() {
		Entity park = new Entity(EntityType.PARK, "瓯海智造小微企业园", List.of(), 2);
		Entity region = new Entity(EntityType.REGION, "瓯海区", List.of("瓯海"), 3);
		List<Relation> relations = List.of(
				new Relation(RelationType.LOCATED_IN, park.ref(), new EntityRef(EntityType.REGION, "瓯海"), EVIDENCE),
				new Relation(RelationType.FOCUSES_ON, park.ref(), new EntityRef(EntityType.INDUSTRY, "鞋业"), EVIDENCE));
		RelationEndpoints settled = RelationEndpoints.settle(List.of(park, region), relations);
		assertThat(settled.relations()).extracting(Relation::target)
			.containsExactly(region.ref(), new EntityRef(EntityType.INDUSTRY, "鞋业"));
		assertThat(settled.entities()).extracting(Entity::name).containsExactly("瓯海智造小微企业园", "瓯海区", "鞋业");
	}

}
