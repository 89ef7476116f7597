package org.policygraph.extraction;

import java.util.List;

/**
 * One occurrence of an entity name in a sentence.
 *
 * @param type the entity type the recogniser gave it
 * @param name the name, quotes and title marks stripped
 * @param aliases other names this occurrence tells us about (the quoted core of “上林英才”计划, a 下称 short form)
 * @param start offset of the first character in the document text
 * @param end offset just past the last character
 */
record Mention(EntityType type, String name, List<String> aliases, int start, int end) {

	Mention {
		aliases = List.copyOf(aliases);
	}

	Mention(EntityType type, String name, int start, int end) {
		this(type, name, List.of(), start, end);
	}

	boolean overlaps(Mention other) {
		return this.start < other.end && other.start < this.end;
	}

	int length() {
		return this.end - this.start;
	}

}
