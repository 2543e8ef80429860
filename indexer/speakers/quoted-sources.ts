/**
 * Attributions that close a quotation by naming the text it comes from (round 3, part 3):
 * "“…,” the President said in his message of condolences." and "“…,” the President’s
 * telegram reads.". The caller resolves the subject phrase (resolve-subject.ts).
 */

const SOURCE_WORD =
  "message|telegram|letter|greetings|address|article|response|reply|remarks|speech|congratulations|condolences";

/** "“…,” Vladimir Putin wrote in his message." and "“…”, Mr Putin said in a telegram to the French President." */
const SAID_IN_SOURCE = new RegExp(
  `[”"],?\\s+((?:the\\s+)?[\\p{L}’'.-]+(?:\\s+[\\p{L}’'.-]+){0,4}?)\\s+(?:also\\s+)?(?:said|noted|stressed|emphasi[sz]ed|wrote|stated|added|underlined|pointed out)\\s+in\\s+(?:a|an|his|her|the)\\s+(?:[^“”"]{0,60}?\\s)?(?:${SOURCE_WORD})\\b[^“”"]{0,60}[.!]$`,
  "u",
);

/** "“…,” the President’s message reads." and "“…”, the message reads.": the text's author. */
const SOURCE_READS = new RegExp(
  `[”"],?\\s+((?:the\\s+)?(?:[\\p{L}’'.-]+\\s+){0,3}?(?:[\\p{L}.-]+[’']s\\s+)?(?:congratulatory\\s+)?(?:message|telegram|letter|greetings|address))\\s+(?:reads|says|said|states|stated|noted)\\s*[.!]$`,
  "u",
);

/** The subject phrase of an attribution that names the quotation's source, or undefined. */
export function findQuotedSource(sentence: string): string | undefined {
  // Both need a closing quotation mark: most sentences have none, and the scans are long.
  if (!sentence.includes("”") && !sentence.includes('"')) return undefined;
  return SAID_IN_SOURCE.exec(sentence)?.[1] ?? SOURCE_READS.exec(sentence)?.[1];
}
