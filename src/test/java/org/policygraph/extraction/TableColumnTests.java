package org.policygraph.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableColumnTests {

	@Test
	void typesANameColumnByTheHeadOfItsWord() {
		assertThat(column("综合体名称")).isEqualTo(new TableColumn(TableColumn.Kind.NAME, EntityType.PARK));
		assertThat(column("园区名称")).isEqualTo(new TableColumn(TableColumn.Kind.NAME, EntityType.PARK));
		assertThat(column("企业名称")).isEqualTo(new TableColumn(TableColumn.Kind.NAME, EntityType.ENTERPRISE));
		assertThat(column("单位名称")).isEqualTo(new TableColumn(TableColumn.Kind.NAME, null));
	}

	@Test
	void readsPlacesAsRegionsOrParks() {
		assertThat(column("所在地")).isEqualTo(new TableColumn(TableColumn.Kind.PLACE, EntityType.REGION));
		assertThat(column("所在县（市、区）")).isEqualTo(new TableColumn(TableColumn.Kind.PLACE, EntityType.REGION));
		assertThat(column("所在园区")).isEqualTo(new TableColumn(TableColumn.Kind.PLACE, EntityType.PARK));
	}

	@Test
	void readsIndustriesEvenAfterAVerbOfBelonging() {
		assertThat(column("所属行业").kind()).isEqualTo(TableColumn.Kind.INDUSTRY);
		assertThat(column("产业领域").kind()).isEqualTo(TableColumn.Kind.INDUSTRY);
		assertThat(column("主导产业").kind()).isEqualTo(TableColumn.Kind.INDUSTRY);
	}

	@Test
	void leavesPartiesToBeTypedByTheirOwnHeads() {
		assertThat(column("建设主体（依托单位）")).isEqualTo(new TableColumn(TableColumn.Kind.PARTY, null));
		assertThat(column("申报单位")).isEqualTo(new TableColumn(TableColumn.Kind.PARTY, null));
		assertThat(column("星级").kind()).isEqualTo(TableColumn.Kind.OTHER);
	}

	private static TableColumn column(String label) {
		return TableColumn.of(label, Sentences.LEXICONS);
	}

}
