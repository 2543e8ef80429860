/**
 * What a reporting verb's object says about the verb (round 3): "greeted him at the plane ladder"
 * is a greeting in person, "welcomed Armenia’s participation" is words, "extended the agreement"
 * is an act. Split from reported-speech.ts to keep it small.
 */

const NOUN_LIKE_VERB = /^(?:states|notes|reads|read)$/;
const NOUN_FOLLOWS =
  /^(?:,(?!\s*(?:in part|in particular|among other things|inter alia)\b)|[.;)]|\s+(?:and|or|of|in|to|for|with|which|who|whose|are|were|have|had)\b)/;
const IN_PERSON = /^[^.,;]*?\s(?:at|with|on arrival|upon arrival)\s/;
const PASSING_ON = /^(?:conveyed|passed on)$/;
const SENT_ITEM =
  /^(?:\s+to\s[^,.]*?)?\s+(?:a|an|the|his|her)\s+(?:[\p{L}-]+\s+)?(?:message|letter|telegram)\b/u;
const DECLARED_ACT =
  /^\s*(?:\d{4}\b|(?:a|an|the)\s+(?:state|day|year|period|regime|zone|moratorium|week|month)\b)/;
/** "spoke for about half an hour", "spoke against the backdrop of …": time and setting, not advocacy. */
const NOT_ADVOCACY =
  /^\s+(?:about|around|nearly|almost|over|more than|some|several|a few|an?\s+(?:hour|minute)|\d+|one|two|three|the first time|the backdrop|the background|hours|minutes)\b/;
const GIVES_WORDS = /^(?:extended|related)$/;
const SPEECH_NOUN_OBJECT =
  /^\s+(?:(?:his|her|their|an?|the|warm|warmest|best|sincere|heartfelt|cordial|deep|deepest|birthday|New Year|Christmas|holiday|personal)\s+){0,4}(?:wishes|greetings|congratulations|condolences|invitation|gratitude|thanks)\b/;
/** "welcomed the guests", "welcomed Maurice Druon": a welcome in person; "welcomed Armenia’s participation" is words. */
const PEOPLE_WELCOMED =
  /^\s+(?:(?:the|our|his|her|all|foreign|young|guest|war|distinguished)\s+)*(?:guests?|participants|visitors|veterans|delegat\p{L}+|children|students|athletes|members|colleagues|us|them|him|her|you|everyone)\b|^\s+(?:\p{Lu}[\p{L}.-]*\s+)*(?:\p{Ll}+\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*(?!(?:\s+\p{Lu}[\p{L}.-]*)*[’'\p{L}])/u;

/**
 * "words" when the verb reports words with this object; undefined when the sentence reports no
 * words; "later" when a later verb of the sentence may (the word is a noun or an act here).
 */
export function readVerbObject(
  word: string,
  rest: string,
): "words" | "later" | undefined {
  // "member states, …", "the notes of …": a noun, not a verb.
  if (NOUN_LIKE_VERB.test(word) && NOUN_FOLLOWS.test(rest)) return "later";
  // "greeted his guest at the plane ladder", "greeted him with a salute": a greeting in person, not words.
  if (word === "greeted" && IN_PERSON.test(rest)) return undefined;
  if (word === "welcomed" && PEOPLE_WELCOMED.test(rest)) return "later";
  if (/^spoke (?:for|against)$/.test(word) && NOT_ADVOCACY.test(rest))
    return "later";
  // "extended the agreement", "issues related to": an act or a participle; "extended his condolences" is words.
  if (GIVES_WORDS.test(word) && !SPEECH_NOUN_OBJECT.test(rest)) return "later";
  // "conveyed a message from …": sending is an action; "conveyed his condolences" is words.
  if (PASSING_ON.test(word) && SENT_ITEM.test(rest)) return undefined;
  // "declared 2018 the Year of Volunteers", "declared a state of emergency": an act, not words.
  if (word === "declared" && DECLARED_ACT.test(rest)) return undefined;
  return "words";
}
