import type { SentenceDocument } from "../../../src/search/sentence-document.js";

/** A valid sentence document; override any field. */
export function buildDocument(
  overrides: Partial<SentenceDocument> = {},
): SentenceDocument {
  return {
    id: "2021-07-15-wang-yi-meets-lavrov-0003",
    text: "Wang Yi said that China firmly safeguards true multilateralism.",
    speaker: "Wang Yi",
    speakerRole: "State Councilor and Foreign Minister",
    releaseId: "2021-07-15-wang-yi-meets-lavrov",
    releaseTitle: "Wang Yi Meets with Russian Foreign Minister Sergey Lavrov",
    category: "Important News of China",
    date: "2021-07-15",
    timestamp: 1626307200,
    location: "Tashkent",
    paragraph: 1,
    sentence: 0,
    position: 3,
    mentions: ["China"],
    releaseHash: "a1b2c3",
    ...overrides,
  };
}
