package org.policygraph.extraction;

import java.util.List;

/** A stage that needs an analysed sentence and adds the entity mentions it recognises in it. */
interface MentionRecogniser {

	List<Mention> recognise(AnalysedSentence sentence);

}
